using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.Silo.Hosting;

/// <summary>Wires a loyalty silo into an ASP.NET Core host.</summary>
public static class SiloHostingExtensions
{
    private const string LiveTag = "live";

    /// <summary>Registers the silo's services: health checks and the start-up banner.</summary>
    public static WebApplicationBuilder AddLoyaltySilo(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: [LiveTag]);
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }

    /// <summary>Maps <c>/health/live</c>: answers 200 while the process can serve requests.</summary>
    public static IEndpointRouteBuilder MapLoyaltyHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
        });
        return endpoints;
    }
}
