using System.Net;
using System.Text.Json;
using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Infrastructure;
using Loyalty.Testing.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Loyalty.Silo.Tests.Apis;

/// <summary>KPIs over journals written before a purchase's event carried its campaign bonuses.</summary>
public sealed class LegacyJournalKpiTests(LegacyJournalKpiTests.Database database) : IClassFixture<LegacyJournalKpiTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task Campaign_bonuses_stored_in_events_of_their_own_count_in_the_kpis()
    {
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString));
        var till = await LoyaltyClient.CreateAsync(silo);
        var now = LoyaltyClient.Now;

        // What older silos wrote after a purchase: one CampaignBonusAwarded per campaign, later one CampaignBonusesAwarded for all.
        await BuyAsync(till, "legacy-ada", "legacy-1");
        await AppendAfterLastEventAsync("legacy-ada", new CampaignBonusAwarded(now, "legacy-1", new CampaignBonus("legacy-bonus", [7]), new LotCredit(99, Wallet.Points, 7, 0, now, null)));
        await BuyAsync(till, "legacy-bob", "legacy-2");
        await AppendAfterLastEventAsync("legacy-bob", new CampaignBonusesAwarded(now, "legacy-2", [new CampaignAward(new CampaignBonus("grouped-bonus", [5]), new LotCredit(99, Wallet.Points, 5, 0, now, null))]));

        using var response = await till.SendWithTokenAsync(silo.Services.Token(LoyaltyRoles.Marketer, "mia"), HttpMethod.Get, "/api/v1/program/kpis");
        var kpis = await LoyaltyClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7 + 5, kpis.GetProperty("campaignPoints").GetInt64());
        Assert.Equal(2 * (100 + 10) + 7 + 5, kpis.GetProperty("pointsIssued").GetInt64());
        Assert.Equal(
            [("grouped-bonus", 5L, 1L), ("legacy-bonus", 7L, 1L)],
            kpis.GetProperty("campaigns").EnumerateArray().Select(paid => (paid.GetProperty("campaignId").GetString(), paid.GetProperty("points").GetInt64(), paid.GetProperty("purchases").GetInt64())));
    }

    private static async Task BuyAsync(LoyaltyClient till, string memberId, string transactionId)
    {
        await till.EnrollAsync(memberId);
        using var bought = await till.PostAsync($"/api/v1/members/{memberId}/purchases", LoyaltyClient.Purchase(transactionId, 10m));
        Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
    }

    private async Task AppendAfterLastEventAsync(string memberId, IMemberEvent legacy)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var last = new NpgsqlCommand("SELECT grain_id, max(sequence) FROM journal_events WHERE grain_id LIKE 'member/%' || $1 GROUP BY grain_id", connection)
        {
            Parameters = { new() { Value = memberId } },
        };
        await using var reader = await last.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        var (grainId, sequence) = (reader.GetString(0), reader.GetInt64(1));
        await reader.DisposeAsync();
        await using var insert = new NpgsqlCommand("INSERT INTO journal_events (grain_id, sequence, event_type, payload) VALUES ($1, $2, $3, $4)", connection)
        {
            Parameters = { new() { Value = grainId }, new() { Value = sequence + 1 }, new() { Value = legacy.GetType().Name }, new() { Value = JsonSerializer.SerializeToUtf8Bytes(legacy, DomainJsonContext.Default.IMemberEvent) } },
        };
        await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
