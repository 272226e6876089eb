using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Loyalty.Silo.Apis;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Silo.Tests.Security;

public sealed class ApiKeyStorageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task The_store_holds_only_the_sha256_of_an_issued_key_never_the_key()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/api-keys", UriKind.Relative))
        {
            Content = JsonContent.Create(new { chainId = "acme", description = "front tills" }),
        };
        using var response = await client.SendAsync(request.WithBearer(factory.Services.Token(LoyaltyRoles.Admin, "ops")), TestContext.Current.CancellationToken);
        var issued = await response.Content.ReadFromJsonAsync<IssuedApiKey>(TestContext.Current.CancellationToken);

        var stored = (await factory.Services.GetRequiredService<IApiKeyStore>().ListAsync(TestContext.Current.CancellationToken))
            .Single(key => key.KeyId == issued!.KeyId);

        Assert.StartsWith(ApiKeySecret.Prefix, issued!.Key);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(issued.Key))), stored.Hash);
        Assert.DoesNotContain(issued.Key, stored.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(issued.Key[ApiKeySecret.Prefix.Length..], stored.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_keys_shows_neither_secrets_nor_hashes()
    {
        var key = await factory.Services.KeyAsync(ApiKeyScope.ForChain("listing-chain"));
        using var client = factory.CreateClient();

        using var request = Credentials.Get("/api/v1/admin/api-keys").WithBearer(factory.Services.Token(LoyaltyRoles.Admin, "ops"));
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("listing-chain", body, StringComparison.Ordinal);
        Assert.DoesNotContain(key, body, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKeySecret.Hash(key), body, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_issued_keys_differ_and_have_the_documented_shape()
    {
        var first = ApiKeySecret.Generate();
        var second = ApiKeySecret.Generate();

        Assert.NotEqual(first, second);
        Assert.Matches("^lk_[A-Za-z0-9_-]{43}$", first);
    }
}
