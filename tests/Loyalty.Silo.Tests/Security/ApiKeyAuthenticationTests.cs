using System.Net;
using System.Net.Http.Json;
using Loyalty.Silo.Apis;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Security;

/// <summary>OWASP API2 for API keys: only issued, unrevoked keys get in.</summary>
public sealed class ApiKeyAuthenticationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>, IDisposable
{
    private readonly HttpClient _client = factory.CreateClient();
    private IServiceProvider Services => factory.Services;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_valid_api_key_is_accepted_in_either_header_and_carries_its_scope()
    {
        var key = await Services.KeyAsync(ApiKeyScope.ForChain("acme", "store-12"));
        using var viaHeader = Credentials.Get("/api/v1/me").WithApiKey(key);
        using var viaAuthorization = Credentials.Get("/api/v1/me");
        viaAuthorization.Headers.Authorization = new("ApiKey", key);

        using var first = await _client.SendAsync(viaHeader, TestContext.Current.CancellationToken);
        using var second = await _client.SendAsync(viaAuthorization, TestContext.Current.CancellationToken);

        var caller = await first.Content.ReadFromJsonAsync<Caller>(TestContext.Current.CancellationToken);
        Assert.Equal(("apiKey", "acme", "store-12"), (caller?.Kind, caller?.ChainId, caller?.StoreId));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_key_gets_401()
    {
        using var request = Credentials.Get("/api/v1/me").WithApiKey(ApiKeySecret.Generate());

        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_api_key_gets_401_from_then_on()
    {
        var admin = Services.Token(LoyaltyRoles.Admin, "ops");
        using var issue = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/api-keys", UriKind.Relative))
        {
            Content = JsonContent.Create(new { partnerId = "fuel-co" }),
        };
        using var issued = await _client.SendAsync(issue.WithBearer(admin), TestContext.Current.CancellationToken);
        var key = await issued.Content.ReadFromJsonAsync<IssuedApiKey>(TestContext.Current.CancellationToken);
        using var before = await _client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(key!.Key), TestContext.Current.CancellationToken);

        using var revoke = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/v1/admin/api-keys/{key.KeyId}", UriKind.Relative));
        using var revoked = await _client.SendAsync(revoke.WithBearer(admin), TestContext.Current.CancellationToken);
        using var after = await _client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(key.Key), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
