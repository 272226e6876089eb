using System.Net;
using Loyalty.Testing.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class DurabilityTests(DurabilityTests.Database database) : IClassFixture<DurabilityTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task Every_balance_is_intact_after_the_silo_restarts_on_the_same_database()
    {
        var members = Enumerable.Range(0, 5).Select(i => $"d-{i}").ToArray();
        Dictionary<string, long> before;
        await using (var first = Silo())
        {
            var till = await LoyaltyClient.CreateAsync(first);
            foreach (var member in members)
            {
                await till.EnrollAsync(member);
            }

            var purchases = members.SelectMany(m => Enumerable.Range(0, 8).Select(n => (m, n)))
                .Select(async p =>
                {
                    using var response = await till.PostAsync($"/api/v1/members/{p.m}/purchases", LoyaltyClient.Purchase($"t-{p.n}", 3m + p.n));
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                });
            await Task.WhenAll(purchases);
            before = await PointsAsync(till, members);
        }

        await using var restarted = Silo();
        var after = await PointsAsync(await LoyaltyClient.CreateAsync(restarted), members);

        Assert.Equal(before, after);
        Assert.All(after.Values, points => Assert.Equal(100 + Enumerable.Range(0, 8).Sum(n => 3 + n), points));
    }

    private WebApplicationFactory<Program> Silo() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString));

    private static async Task<Dictionary<string, long>> PointsAsync(LoyaltyClient till, string[] members)
    {
        var points = new Dictionary<string, long>();
        foreach (var member in members)
        {
            points[member] = await till.PointsOfAsync(member);
        }

        return points;
    }
}
