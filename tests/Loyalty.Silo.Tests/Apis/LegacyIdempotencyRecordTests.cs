using System.Net;
using Loyalty.Domain.Members;
using Loyalty.Testing.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

/// <summary>Retries of transactions whose idempotency record was written before results were kept only in their event.</summary>
public sealed class LegacyIdempotencyRecordTests(LegacyIdempotencyRecordTests.Database database) : IClassFixture<LegacyIdempotencyRecordTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task An_old_purchase_retried_long_after_returns_its_result_from_either_kind_of_record()
    {
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString));
        var till = await LoyaltyClient.CreateAsync(silo);
        await till.EnrollAsync("legacy-bo");
        using var kept = await till.PostAsync("/api/v1/members/legacy-bo/purchases", LoyaltyClient.Purchase("kept-in-event", 10m));
        using var copied = await till.PostAsync("/api/v1/members/legacy-bo/purchases", LoyaltyClient.Purchase("copied", 20m));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM journal_idempotency WHERE key IN ('kept-in-event', 'copied') AND result IS NOT NULL"));

        // What an older silo wrote: the result itself in the record (here the one its TransactionCompleted event holds).
        Assert.Equal(1, await database.ScalarAsync<int>("""
            UPDATE journal_idempotency AS k SET result = convert_to((convert_from(e.payload, 'UTF8')::jsonb -> 'result')::text, 'UTF8')
            FROM journal_events AS e WHERE k.key = 'copied' AND e.grain_id = k.grain_id AND e.sequence = k.sequence RETURNING 1
            """));
        // Newer purchases push both results out of the member's memory, so a retry must read the journal.
        for (var i = 0; i <= MemberState.RecentResultsKept; i++)
        {
            using var newer = await till.PostAsync("/api/v1/members/legacy-bo/purchases", LoyaltyClient.Purchase($"newer-{i}", 1m));
            Assert.Equal(HttpStatusCode.Created, newer.StatusCode);
        }

        foreach (var (first, transactionId, amount) in new[] { (kept, "kept-in-event", 10m), (copied, "copied", 20m) })
        {
            using var retry = await till.PostAsync("/api/v1/members/legacy-bo/purchases", LoyaltyClient.Purchase(transactionId, amount));
            Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
            Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
            Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await retry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }
    }
}
