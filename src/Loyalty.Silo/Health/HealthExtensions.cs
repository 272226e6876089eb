using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.Silo.Health;

/// <summary><c>/health/live</c> (the process serves) and <c>/health/ready</c> (its storage answers).</summary>
public static class HealthExtensions
{
    /// <summary>The connection string name that makes PostgreSQL the store (<c>ConnectionStrings:Loyalty</c>).</summary>
    public const string ConnectionStringName = "Loyalty";

    private const string LiveTag = "live";
    private const string ReadyTag = "ready";

    /// <summary>Registers the liveness check and a readiness check for PostgreSQL, or for the in-memory default.</summary>
    public static WebApplicationBuilder AddLoyaltyHealthChecks(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: [LiveTag]);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            checks.AddCheck("storage", () => HealthCheckResult.Healthy("in-memory (not durable)"), tags: [ReadyTag]);
        }
        else
        {
            checks.Add(new HealthCheckRegistration(
                "storage", _ => new PostgresHealthCheck(connectionString), HealthStatus.Unhealthy, [ReadyTag], TimeSpan.FromSeconds(5)));
        }

        return builder;
    }

    /// <summary>Maps both endpoints; they are exempt from rate limits so probes never see a 429.</summary>
    public static IEndpointRouteBuilder MapLoyaltyHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) })
            .DisableRateLimiting();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableRateLimiting();
        return endpoints;
    }
}
