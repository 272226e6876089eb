using System.Net;
using System.Text.Json;
using Loyalty.Testing.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Loyalty.Silo.Tests.Health;

public sealed class ReadinessTests(ReadinessTests.Database database, WebApplicationFactory<Program> factory)
    : IClassFixture<ReadinessTests.Database>, IClassFixture<WebApplicationFactory<Program>>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task Ready_is_healthy_when_postgresql_answers()
    {
        var (status, report) = await ReadyAsync(database.ConnectionString);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("PostgreSQL answered.", report.GetProperty("checks").GetProperty("storage").GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_turns_unhealthy_with_503_when_postgresql_goes_away()
    {
        // A silo needs its database to start (it migrates the schema), so this one loses it afterwards.
        var vanishing = new NpgsqlConnectionStringBuilder(await database.Server.CreateDatabaseAsync("vanishing"))
        {
            Password = "not-a-secret", Timeout = 3,
        }.ConnectionString;
        using var configured = factory.WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", vanishing));
        using var client = configured.CreateClient();
        var (before, _) = await ReadyAsync(client);

        await database.Server.DropDatabaseAsync(vanishing);
        var (status, report) = await ReadyAsync(client);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.DoesNotContain("not-a-secret", report.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_without_a_connection_string_is_healthy_and_says_data_is_not_durable()
    {
        var (status, report) = await ReadyAsync(connectionString: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("in-memory (not durable)", report.GetProperty("checks").GetProperty("storage").GetProperty("description").GetString());
    }

    private async Task<(HttpStatusCode Status, JsonElement Report)> ReadyAsync(string? connectionString)
    {
        using var configured = factory.WithWebHostBuilder(host =>
        {
            if (connectionString is not null)
            {
                host.UseSetting("ConnectionStrings:Loyalty", connectionString);
            }
        });
        using var client = configured.CreateClient();
        return await ReadyAsync(client);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Report)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), TestContext.Current.CancellationToken);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (response.StatusCode, report.RootElement.Clone());
    }
}
