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

/// <summary>KPIs over a journal written before one event carried all campaign bonuses of a purchase.</summary>
public sealed class LegacyJournalKpiTests(LegacyJournalKpiTests.Database database) : IClassFixture<LegacyJournalKpiTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task A_campaign_bonus_stored_as_one_event_per_campaign_counts_in_the_kpis()
    {
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString));
        var till = await LoyaltyClient.CreateAsync(silo);
        await till.EnrollAsync("legacy-ada");
        using (var bought = await till.PostAsync("/api/v1/members/legacy-ada/purchases", LoyaltyClient.Purchase("legacy-1", 10m)))
        {
            Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
        }

        // What an older silo wrote after that purchase: one CampaignBonusAwarded, next in the member's journal.
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var last = new NpgsqlCommand("SELECT grain_id, max(sequence) FROM journal_events WHERE grain_id LIKE 'member/%legacy-ada' GROUP BY grain_id", connection);
            await using var reader = await last.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
            var (grainId, sequence) = (reader.GetString(0), reader.GetInt64(1));
            await reader.DisposeAsync();
            var legacy = new CampaignBonusAwarded(LoyaltyClient.Now, "legacy-1", new CampaignBonus("legacy-bonus", [7]), new LotCredit(99, Wallet.Points, 7, 0, LoyaltyClient.Now, null));
            await using var insert = new NpgsqlCommand("INSERT INTO journal_events (grain_id, sequence, event_type, payload) VALUES ($1, $2, $3, $4)", connection)
            {
                Parameters = { new() { Value = grainId }, new() { Value = sequence + 1 }, new() { Value = nameof(CampaignBonusAwarded) }, new() { Value = JsonSerializer.SerializeToUtf8Bytes<IMemberEvent>(legacy, DomainJsonContext.Default.IMemberEvent) } },
            };
            await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        using var response = await till.SendWithTokenAsync(silo.Services.Token(LoyaltyRoles.Marketer, "mia"), HttpMethod.Get, "/api/v1/program/kpis");
        var kpis = await LoyaltyClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(7, kpis.GetProperty("campaignPoints").GetInt64());
        Assert.Equal(100 + 10 + 7, kpis.GetProperty("pointsIssued").GetInt64());
        var paid = Assert.Single(kpis.GetProperty("campaigns").EnumerateArray());
        Assert.Equal(("legacy-bonus", 7L, 1L), (paid.GetProperty("campaignId").GetString(), paid.GetProperty("points").GetInt64(), paid.GetProperty("purchases").GetInt64()));
    }
}
