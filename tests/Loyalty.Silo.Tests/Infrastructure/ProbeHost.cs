using Loyalty.Silo.Hosting;
using Loyalty.Silo.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;

namespace Loyalty.Silo.Tests.Infrastructure;

/// <summary>
/// The silo's real services and pipeline plus probe routes shaped like the loyalty endpoints other
/// issues add (<c>{memberId}</c>, <c>{chainId}</c> routes, a failing handler), to test the cross-cutting
/// behaviour before those endpoints exist.
/// </summary>
public sealed class ProbeHost : IAsyncLifetime
{
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.AddLoyaltySilo();
        _app = builder.Build();
        _app.MapLoyaltySilo();
        MapProbes(_app);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        Client = _app.GetTestClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static void MapProbes(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/probe/members/{memberId}", (string memberId) => TypedResults.Ok(memberId))
            .RequireAuthorization(LoyaltyPolicies.Member).RequireRouteScope();
        endpoints.MapGet("/probe/staff/members/{memberId}", (string memberId) => TypedResults.Ok(memberId))
            .RequireAuthorization(LoyaltyPolicies.Marketer).RequireRouteScope();
        var chains = endpoints.MapGroup("/probe/chains/{chainId}").RequireAuthorization(LoyaltyPolicies.Till).RequireRouteScope();
        chains.MapGet("/", (string chainId) => TypedResults.Ok(chainId));
        chains.MapGet("/stores/{storeId}", (string storeId) => TypedResults.Ok(storeId));
        endpoints.MapGet("/probe/partners/{partnerId}", (string partnerId) => TypedResults.Ok(partnerId))
            .RequireAuthorization(LoyaltyPolicies.Partner).RequireRouteScope();
        endpoints.MapGet("/probe/fail", IResult () =>
            throw new InvalidOperationException("secret connection string Host=db;Password=hunter2"));
    }
}
