using Loyalty.Silo.Apis;
using Loyalty.Silo.Demo;
using Loyalty.Silo.Health;
using Loyalty.Silo.Live;
using Loyalty.Silo.OpenApi;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;
using Loyalty.Silo.Telemetry;

namespace Loyalty.Silo.Hosting;

/// <summary>Wires a loyalty silo into an ASP.NET Core host.</summary>
public static class SiloHostingExtensions
{
    /// <summary>Registers the silo's services: security, problem details, telemetry, health, OpenAPI, the grain runtime and the start-up banner.</summary>
    public static WebApplicationBuilder AddLoyaltySilo(this WebApplicationBuilder builder)
    {
        builder.AddLoyaltyProblems()
            .AddLoyaltySecurity()
            .AddLoyaltyTelemetry()
            .AddLoyaltyHealthChecks()
            .AddLoyaltyOpenApi()
            .AddLoyaltyRuntime()
            .AddLoyaltyLive()
            .AddLoyaltyDemo();
        builder.Services.AddHostedService<StartupBanner>();
        return builder;
    }

    /// <summary>Builds the pipeline (errors, then security) and maps health, OpenAPI and the API routes.</summary>
    public static WebApplication MapLoyaltySilo(this WebApplication app)
    {
        app.UseLoyaltyProblems();

        // The member view and marketer console are static pages; what they show comes from the authenticated API and hub.
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = PageHeaders.Apply });
        app.UseLoyaltySecurity();
        app.MapLoyaltyHealthChecks();
        app.MapLoyaltyOpenApi();
        app.MapMeApi();
        app.MapAdminApi();
        app.MapMembersApi();
        app.MapPurchasesApi();
        app.MapPurchaseBatchApi();
        app.MapWalletApi();
        app.MapProgramApi();
        app.MapCampaignsApi();
        app.MapKpisApi();
        app.MapChallengesApi();
        app.MapLeaderboardsApi();
        app.MapLoyaltyLive();
        return app;
    }
}
