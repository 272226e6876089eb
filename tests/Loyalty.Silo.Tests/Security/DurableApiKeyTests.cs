using System.Net;
using System.Net.Http.Json;
using Loyalty.Silo.Apis;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Tests.Infrastructure;
using Loyalty.Testing.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Loyalty.Silo.Tests.Security;

public sealed class DurableApiKeyTests(DurableApiKeyTests.Database database) : IClassFixture<DurableApiKeyTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task An_issued_key_survives_a_restart_and_a_revoked_one_is_refused_everywhere()
    {
        IssuedApiKey issued;
        await using (var first = Silo())
        {
            using var client = first.CreateClient();
            using var issue = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/api-keys", UriKind.Relative))
            {
                Content = JsonContent.Create(new { chainId = "acme", storeId = "12", description = "till 3" }),
            };
            using var response = await client.SendAsync(issue.WithBearer(first.Services.Token(LoyaltyRoles.Admin, "ops")), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            issued = (await response.Content.ReadFromJsonAsync<IssuedApiKey>(TestContext.Current.CancellationToken))!;
            Assert.Equal(HttpStatusCode.OK, await WhoAmIAsync(client, issued.Key));
        }

        await using var restarted = Silo();
        using var again = restarted.CreateClient();
        var afterRestart = await WhoAmIAsync(again, issued.Key);
        using var revoke = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/v1/admin/api-keys/{issued.KeyId}", UriKind.Relative));
        using var revoked = await again.SendAsync(revoke.WithBearer(restarted.Services.Token(LoyaltyRoles.Admin, "ops")), TestContext.Current.CancellationToken);
        var afterRevoke = await WhoAmIAsync(again, issued.Key);

        Assert.Equal(HttpStatusCode.OK, afterRestart);
        Assert.True(revoked.IsSuccessStatusCode, $"revoke answered {revoked.StatusCode}");
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke);
        await using var source = NpgsqlDataSource.Create(database.ConnectionString);
        await using var row = source.CreateCommand("SELECT hash, chain_id, store_id, revoked_at IS NOT NULL FROM api_keys WHERE key_id = $1");
        row.Parameters.Add(new() { Value = issued.KeyId });
        await using var reader = await row.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.Equal(ApiKeySecret.Hash(issued.Key), reader.GetString(0));
        Assert.Equal(("acme", "12", true), (reader.GetString(1), reader.GetString(2), reader.GetBoolean(3)));
    }

    private static async Task<HttpStatusCode> WhoAmIAsync(HttpClient client, string key)
    {
        using var response = await client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(key), TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    // A fixed signing key, so admin tokens mean the same to both hosts; the database is what must carry the keys.
    private WebApplicationFactory<Program> Silo() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("ConnectionStrings:Loyalty", database.ConnectionString)
            .UseSetting("Loyalty:Auth:SigningKey", new string('s', 40)));
}
