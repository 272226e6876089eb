using System.Text;
using Loyalty.Runtime.Journaling;
using Npgsql;

namespace Loyalty.Runtime.Postgres.Tests.Journaling;

public sealed class GroupCommitTests(GroupCommitTests.Database database) : IClassFixture<GroupCommitTests.Database>
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : MigratedDatabase(server);

    private static readonly PostgresJournalOptions Batching = new() { MaxDelay = TimeSpan.FromMilliseconds(50) };

    private static JournalAppend Append(GrainId grain, long expected, int events = 1, IdempotencyRecord? idempotency = null) =>
        new(grain, expected, Enumerable.Range(1, events).Select(_ => ("PointsEarned", (ReadOnlyMemory<byte>)"{}"u8.ToArray())).ToArray(), idempotency);

    private Task<long> EventCountAsync(params GrainId[] grains) =>
        database.ScalarAsync<long>("SELECT count(*) FROM journal_events WHERE grain_id = ANY($1)", (object)grains.Select(g => g.ToString()).ToArray());

    [Fact]
    public async Task Concurrent_appends_of_many_grains_share_a_few_transactions()
    {
        await using var journal = new PostgresEventJournal(await database.SharedAsync(), Batching);
        var grains = Enumerable.Range(0, 200).Select(_ => TestGrains.New()).ToArray();

        await Task.WhenAll(grains.Select(g => journal.AppendAsync(Append(g, 0), TestContext.Current.CancellationToken)));

        // Rows written by one transaction share its xmin.
        var transactions = await database.ScalarAsync<long>(
            "SELECT count(DISTINCT xmin::text) FROM journal_events WHERE grain_id = ANY($1)", (object)grains.Select(g => g.ToString()).ToArray());
        Assert.Equal(200, await EventCountAsync(grains));
        Assert.InRange(transactions, 1, 5);
    }

    // Small batches go straight to the conflict-resolving INSERT; large ones try COPY first and fall back.
    [Theory]
    [InlineData(1)]
    [InlineData(JournalBatchCommitter.DefaultBulkCopyMinAppends + 8)]
    public async Task An_append_whose_middle_sequence_is_taken_leaves_neither_neighbour_behind(int bystanders)
    {
        await using var journal = new PostgresEventJournal(await database.SharedAsync(), Batching);
        var contested = TestGrains.New();
        var bystander = Enumerable.Range(0, bystanders).Select(_ => TestGrains.New()).ToArray();
        // Another writer holds sequence 2 only: sequences 1 and 3 of the append below do insert, then must be taken back.
        await database.ScalarAsync<int>(
            "INSERT INTO journal_events (grain_id, sequence, event_type, payload) VALUES ($1, 2, 'Other', '\\x00') RETURNING 1", contested.ToString());

        var conflicting = journal.AppendAsync(Append(contested, 0, events: 3, new IdempotencyRecord("tx-7", "h", "r"u8.ToArray())), TestContext.Current.CancellationToken);
        var innocent = Task.WhenAll(bystander.Select(g => journal.AppendAsync(Append(g, 0, events: 3), TestContext.Current.CancellationToken)));

        await Assert.ThrowsAsync<InconsistentStateException>(() => conflicting);
        await innocent;
        Assert.Equal([2L], (await journal.ReadAsync(contested, TestContext.Current.CancellationToken)).Events.Select(e => e.Sequence));
        Assert.Null(await journal.FindIdempotencyRecordAsync(contested, "tx-7", TestContext.Current.CancellationToken));
        Assert.Equal(3 * bystanders, await EventCountAsync(bystander));
    }

    [Fact]
    public async Task Two_silos_racing_for_the_same_grains_commit_each_sequence_exactly_once()
    {
        await using var siloA = new PostgresEventJournal(await database.OpenAsync(), Batching);
        await using var siloB = new PostgresEventJournal(await database.OpenAsync(), Batching);
        var grains = Enumerable.Range(0, 100).Select(_ => TestGrains.New()).ToArray();

        // Both silos' batches overlap on every grain; rows are written in one sorted order, so the two
        // transactions wait on each other instead of deadlocking, and the later one loses per grain.
        var outcomes = await Task.WhenAll(grains.SelectMany(g => new[] { siloA, siloB }.Select(async silo =>
        {
            try
            {
                await silo.AppendAsync(Append(g, 0, events: 2), TestContext.Current.CancellationToken);
                return (Grain: g, Won: true);
            }
            catch (InconsistentStateException)
            {
                return (Grain: g, Won: false);
            }
        })));

        Assert.All(outcomes.GroupBy(o => o.Grain), perGrain => Assert.Single(perGrain, o => o.Won));
        Assert.Equal(200, await EventCountAsync(grains));
    }

    // Both write paths (INSERT for small batches, COPY for large ones) leave the result out of the record.
    [Theory]
    [InlineData(1)]
    [InlineData(JournalBatchCommitter.DefaultBulkCopyMinAppends + 8)]
    public async Task A_result_in_the_last_event_is_stored_once(int appends)
    {
        await using var journal = new PostgresEventJournal(await database.SharedAsync(), Batching);
        var grains = Enumerable.Range(0, appends).Select(_ => TestGrains.New()).ToArray();

        await Task.WhenAll(grains.Select(g => journal.AppendAsync(
            new JournalAppend(g, 0, [("A", "\"first\""u8.ToArray()), ("B", Encoding.UTF8.GetBytes($"\"{g}\""))], IdempotencyRecord.InLastEvent("tx-1", "h")),
            TestContext.Current.CancellationToken)));

        Assert.Equal((long)appends, await database.ScalarAsync<long>(
            "SELECT count(*) FROM journal_idempotency WHERE grain_id = ANY($1) AND result IS NULL", (object)grains.Select(g => g.ToString()).ToArray()));
        foreach (var grain in grains)
        {
            var found = await journal.FindIdempotencyRecordAsync(grain, "tx-1", TestContext.Current.CancellationToken);
            Assert.Equal($"\"{grain}\"", Encoding.UTF8.GetString(found!.Result.Span));
        }
    }

    // An appending grain serializes its events into one pooled buffer and lends slices of it until the append completes.
    [Theory]
    [InlineData(1)]
    [InlineData(JournalBatchCommitter.DefaultBulkCopyMinAppends + 8)]
    public async Task Events_lent_as_slices_of_one_buffer_are_stored_as_written_and_do_not_depend_on_it_once_the_append_completed(int appends)
    {
        await using var journal = new PostgresEventJournal(await database.SharedAsync(), Batching);
        var grains = Enumerable.Range(0, appends).Select(_ => TestGrains.New()).ToArray();
        var buffers = grains.Select(g => Encoding.UTF8.GetBytes($"__\"one {g}\"\"two {g}\"__")).ToArray();

        await Task.WhenAll(grains.Select((g, i) =>
        {
            var split = buffers[i].AsSpan(2).IndexOf("\"\""u8) + 3;
            return journal.AppendAsync(
                new JournalAppend(g, 0, [("A", buffers[i].AsMemory(2, split - 2)), ("B", buffers[i].AsMemory(split, buffers[i].Length - split - 2))]),
                TestContext.Current.CancellationToken);
        }));
        foreach (var buffer in buffers)
        {
            Array.Fill(buffer, (byte)'x');
        }

        foreach (var grain in grains)
        {
            var stream = await journal.ReadAsync(grain, TestContext.Current.CancellationToken);
            Assert.Equal([$"\"one {grain}\"", $"\"two {grain}\""], stream.Events.Select(e => Encoding.UTF8.GetString(e.Payload.Span)));
        }
    }

    [Fact]
    public async Task A_record_whose_event_is_gone_reads_back_empty_instead_of_failing_the_batch()
    {
        await using var journal = new PostgresEventJournal(await database.SharedAsync(), Batching);
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 2, IdempotencyRecord.InLastEvent("tx-1", "h")), TestContext.Current.CancellationToken);
        await database.ScalarAsync<int>("DELETE FROM journal_events WHERE grain_id = $1 AND sequence = 2 RETURNING 1", grain.ToString());

        var found = await journal.FindIdempotencyRecordAsync(grain, "tx-1", TestContext.Current.CancellationToken);
        var duplicate = await Assert.ThrowsAsync<DuplicateRequestException>(() =>
            journal.AppendAsync(Append(grain, 2, idempotency: IdempotencyRecord.InLastEvent("tx-1", "h")), TestContext.Current.CancellationToken));

        Assert.All(new[] { found!, duplicate.Existing }, record => Assert.True(record.ResultInLastEvent && record.Result.IsEmpty));
    }

    [Fact]
    public async Task A_duplicate_key_is_still_rejected_after_the_journal_is_recreated()
    {
        var grain = TestGrains.New();
        await using (var before = new PostgresEventJournal(await database.SharedAsync(), Batching))
        {
            await before.AppendAsync(Append(grain, 0, idempotency: new IdempotencyRecord("tx-9", "body-hash", "result-1"u8.ToArray())), TestContext.Current.CancellationToken);
        }

        await using var afterRestart = new PostgresEventJournal(await database.OpenAsync(), Batching);
        var duplicate = await Assert.ThrowsAsync<DuplicateRequestException>(() =>
            afterRestart.AppendAsync(Append(grain, 1, idempotency: new IdempotencyRecord("tx-9", "body-hash", "result-2"u8.ToArray())), TestContext.Current.CancellationToken));

        Assert.Equal("result-1", Encoding.UTF8.GetString(duplicate.Existing.Result.Span));
        Assert.Equal("body-hash", duplicate.Existing.RequestHash);
        Assert.Equal(1, await EventCountAsync(grain));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(JournalBatchCommitter.DefaultBulkCopyMinAppends + 8)]
    public async Task Killing_the_writer_backend_mid_batch_fails_every_caller_and_writes_nothing(int appendCount)
    {
        var applicationName = "journal-kill-" + Guid.NewGuid().ToString("N")[..8];
        await using var dataSource = await database.OpenAsync(applicationName);
        await using var journal = new PostgresEventJournal(dataSource, new PostgresJournalOptions { MaxDelay = TimeSpan.FromMilliseconds(200) });
        var blocked = TestGrains.New();
        var grains = Enumerable.Range(0, appendCount - 1).Select(_ => TestGrains.New()).Append(blocked).ToArray();

        // An uncommitted row of another session makes the batch's INSERT wait on its lock, holding the batch open.
        await using var blocker = new NpgsqlConnection(database.ConnectionString);
        await blocker.OpenAsync(TestContext.Current.CancellationToken);
        await using var blockerTransaction = await blocker.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using (var hold = new NpgsqlCommand("INSERT INTO journal_events (grain_id, sequence, event_type, payload) VALUES ($1, 1, 'Held', '\\x00')", blocker))
        {
            hold.Parameters.Add(new NpgsqlParameter { Value = blocked.ToString() });
            await hold.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var appends = grains.Select(g => journal.AppendAsync(Append(g, 0), TestContext.Current.CancellationToken)).ToArray();
        var writerPid = await WaitForBlockedBackendAsync(applicationName);
        Assert.True(await database.ScalarAsync<bool>("SELECT pg_terminate_backend($1)", writerPid));

        foreach (var append in appends)
        {
            await Assert.ThrowsAsync<JournalCommitException>(() => append);
        }

        await blockerTransaction.RollbackAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await EventCountAsync(grains));
        // The writer survives its connection: the next batch commits on a fresh one.
        await journal.AppendAsync(Append(grains[0], 0), TestContext.Current.CancellationToken);
        Assert.Equal(1, await EventCountAsync(grains[0]));
    }

    private async Task<int> WaitForBlockedBackendAsync(string applicationName)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var pid = await database.ScalarAsync<object>(
                "SELECT COALESCE((SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' LIMIT 1), 0)",
                applicationName);
            if (pid is int found && found != 0)
            {
                return found;
            }

            await Task.Delay(25, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The journal writer never blocked on the held row.");
    }
}
