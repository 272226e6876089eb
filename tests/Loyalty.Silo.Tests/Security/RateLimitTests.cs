using System.Net;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Security;

/// <summary>OWASP API4: each key has its own budget; over it, 429 with Retry-After and a problem document.</summary>
public sealed class RateLimitTests : IClassFixture<WebApplicationFactory<Program>>, IDisposable
{
    private const int PermitsPerKey = 3;
    private readonly WebApplicationFactory<Program> _factory;

    public RateLimitTests(WebApplicationFactory<Program> factory) =>
        _factory = factory.WithWebHostBuilder(host => host
            .UseSetting("Loyalty:RateLimits:ApiKey:PermitLimit", PermitsPerKey.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("Loyalty:RateLimits:ApiKey:Window", "00:01:00")
            .UseSetting("Loyalty:RateLimits:Anonymous:PermitLimit", "2")
            .UseSetting("Loyalty:RateLimits:Anonymous:Window", "00:01:00"));

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_while_another_key_is_unaffected()
    {
        var busy = await _factory.Services.KeyAsync(ApiKeyScope.ForChain("acme"));
        var quiet = await _factory.Services.KeyAsync(ApiKeyScope.ForChain("acme"));
        using var client = _factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < PermitsPerKey; i++)
        {
            using var allowed = await client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(busy), TestContext.Current.CancellationToken);
            statuses.Add(allowed.StatusCode);
        }

        using var rejected = await client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(busy), TestContext.Current.CancellationToken);
        using var other = await client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(quiet), TestContext.Current.CancellationToken);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, rejected.StatusCode);
        Assert.InRange(rejected.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        Assert.Equal("application/problem+json", rejected.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Guessing_keys_is_limited_per_client_address_even_with_a_new_key_each_time()
    {
        using var client = _factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(ApiKeySecret.Generate()), TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Health_probes_are_never_rate_limited()
    {
        using var client = _factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
