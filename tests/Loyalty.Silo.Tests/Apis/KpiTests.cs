using System.Net;
using System.Text.Json;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Infrastructure;
using Loyalty.Testing.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class KpiTests(KpiTests.Database database) : IClassFixture<KpiTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task Kpis_are_computed_from_the_journal_and_match_what_members_did()
    {
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString));
        var till = await LoyaltyClient.CreateAsync(silo);
        var marketer = silo.Services.Token(LoyaltyRoles.Marketer, "mia");
        foreach (var member in new[] { "k-ada", "k-bob", "k-cy" })
        {
            await till.EnrollAsync(member);
        }

        Assert.Equal(HttpStatusCode.OK, await till.LaunchBonusCampaignAsync(marketer, "kpi-bonus", "Seven extra", fixedBonus: 7));
        var earned = new List<JsonElement>();
        foreach (var (member, id, amount) in new[] { ("k-ada", "k-1", 10m), ("k-ada", "k-2", 20m), ("k-bob", "k-3", 30m) })
        {
            using var bought = await till.PostAsync($"/api/v1/members/{member}/purchases", LoyaltyClient.Purchase(id, amount));
            Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
            earned.Add((await LoyaltyClient.JsonAsync(bought)).GetProperty("evaluation"));
        }

        using var stop = await till.SendWithTokenAsync(marketer, HttpMethod.Post, "/api/v1/campaigns/kpi-bonus/stop");
        using (var withoutCampaign = await till.PostAsync("/api/v1/members/k-cy/purchases", LoyaltyClient.Purchase("k-4", 15m)))
        {
            Assert.Equal(HttpStatusCode.Created, withoutCampaign.StatusCode);
            earned.Add((await LoyaltyClient.JsonAsync(withoutCampaign)).GetProperty("evaluation"));
        }

        using var returned = await till.PostAsync("/api/v1/members/k-bob/returns", new { transactionId = "k-r1", purchaseTransactionId = "k-3" });
        using var redeemed = await till.PostAsync("/api/v1/members/k-ada/redemptions", new { transactionId = "k-x1", wallet = "points", amount = 50 });
        using var held = await till.PostAsync("/api/v1/members/k-cy/holds", new { transactionId = "k-h1", wallet = "points", amount = 20, expiresAt = LoyaltyClient.Now.AddMinutes(10) });
        using var captured = await till.PostAsync("/api/v1/members/k-cy/holds/k-h1/capture", new { transactionId = "k-h1-capture" });
        using var heldAgain = await till.PostAsync("/api/v1/members/k-cy/holds", new { transactionId = "k-h2", wallet = "points", amount = 5, expiresAt = LoyaltyClient.Now.AddMinutes(10) });
        using var released = await till.PostAsync("/api/v1/members/k-cy/holds/k-h2/release", new { transactionId = "k-h2-release" });
        Assert.All(new[] { returned, redeemed, held, captured, heldAgain, released }, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var reversedPoints = (await LoyaltyClient.JsonAsync(returned)).GetProperty("return").GetProperty("points").GetProperty("amount").GetInt64();

        using var response = await till.SendWithTokenAsync(marketer, HttpMethod.Get, "/api/v1/program/kpis");
        var kpis = await LoyaltyClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var programPoints = earned.Sum(e => e.GetProperty("points").GetInt64());
        var campaignPoints = earned.Sum(e => e.GetProperty("effects").EnumerateArray()
            .Where(effect => effect.GetProperty("kind").GetString() == "campaignBonus").Sum(effect => effect.GetProperty("amount").GetInt64()));
        var issued = (3 * 100) + programPoints + campaignPoints;
        Assert.Equal(21, campaignPoints);
        Assert.Equal(3, kpis.GetProperty("members").GetInt64());
        Assert.Equal(3, kpis.GetProperty("newMembers").GetInt64());
        Assert.Equal(3, kpis.GetProperty("activeMembers30Days").GetInt64());
        Assert.Equal(4, kpis.GetProperty("purchases").GetInt64());
        Assert.Equal(1.3333m, kpis.GetProperty("purchaseFrequency").GetDecimal());
        Assert.Equal(18.75m, kpis.GetProperty("averageCheck").GetDecimal());
        Assert.Equal(45m, kpis.GetProperty("netSpend").GetDecimal());
        Assert.Equal(15m, kpis.GetProperty("lifetimeValue").GetDecimal());
        Assert.Equal(issued, kpis.GetProperty("pointsIssued").GetInt64());
        Assert.Equal(70, kpis.GetProperty("pointsRedeemed").GetInt64());
        Assert.Equal(0, kpis.GetProperty("pointsExpired").GetInt64());
        Assert.Equal(reversedPoints, kpis.GetProperty("pointsReversed").GetInt64());
        Assert.Equal(issued - 70 - reversedPoints, kpis.GetProperty("pointsLiability").GetInt64());
        Assert.Equal(Math.Round(70m / issued, 4), kpis.GetProperty("redemptionRate").GetDecimal());
        Assert.Equal(0m, kpis.GetProperty("breakage").GetDecimal());
        Assert.Equal(campaignPoints, kpis.GetProperty("campaignPoints").GetInt64());
        var paid = Assert.Single(kpis.GetProperty("campaigns").EnumerateArray());
        Assert.Equal("kpi-bonus", paid.GetProperty("campaignId").GetString());
        Assert.Equal((21, 3, 60m, 20m), (paid.GetProperty("points").GetInt64(), paid.GetProperty("purchases").GetInt64(),
            paid.GetProperty("spend").GetDecimal(), paid.GetProperty("averageCheck").GetDecimal()));
        Assert.Equal(0.3333m, paid.GetProperty("averageCheckUplift").GetDecimal()); // 20 against the 15 of the purchase it did not pay

        // The liability is what members hold: the sum of their point balances.
        long balances = 0;
        foreach (var member in new[] { "k-ada", "k-bob", "k-cy" })
        {
            balances += await till.PointsOfAsync(member);
        }

        Assert.Equal(balances, kpis.GetProperty("pointsLiability").GetInt64());
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_naming_the_field()
    {
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString));
        var till = await LoyaltyClient.CreateAsync(silo);
        var marketer = silo.Services.Token(LoyaltyRoles.Marketer, "mia");

        using var backwards = await till.SendWithTokenAsync(marketer, HttpMethod.Get, "/api/v1/program/kpis?from=2026-11-22T00:00:00Z&to=2026-11-01T00:00:00Z");
        using var garbage = await till.SendWithTokenAsync(marketer, HttpMethod.Get, "/api/v1/program/kpis?from=yesterday");
        using var byTill = await till.GetAsync("/api/v1/program/kpis");

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.True((await LoyaltyClient.JsonAsync(backwards)).GetProperty("errors").TryGetProperty("from", out _));
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byTill.StatusCode);
    }

    [Fact]
    public async Task On_the_in_memory_default_kpis_answer_501_saying_they_need_postgresql()
    {
        await using var silo = new WebApplicationFactory<Program>();
        var till = await LoyaltyClient.CreateAsync(silo);

        using var response = await till.SendWithTokenAsync(silo.Services.Token(LoyaltyRoles.Marketer, "mia"), HttpMethod.Get, "/api/v1/program/kpis");

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("PostgreSQL", (await LoyaltyClient.JsonAsync(response)).GetProperty("title").GetString(), StringComparison.Ordinal);
    }
}
