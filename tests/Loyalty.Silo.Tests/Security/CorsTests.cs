using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Security;

/// <summary>CORS is closed unless origins are configured.</summary>
public sealed class CorsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_preflight_from_an_unlisted_origin_gets_no_allow_origin_header()
    {
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Preflight("https://evil.example"), TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_a_configured_origin_is_allowed()
    {
        using var configured = factory.WithWebHostBuilder(host => host.UseSetting("Loyalty:Cors:AllowedOrigins:0", "https://app.example"));
        using var client = configured.CreateClient();

        using var allowed = await client.SendAsync(Preflight("https://app.example"), TestContext.Current.CancellationToken);
        using var other = await client.SendAsync(Preflight("https://evil.example"), TestContext.Current.CancellationToken);

        Assert.Equal("https://app.example", Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/v1/me", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }
}
