using System.Text;
using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Postgres.Tests.Journaling;

/// <summary>What every <see cref="IEventJournal"/> must do; subclasses supply the journal.</summary>
public abstract class EventJournalContractTests
{
    /// <summary>A journal on shared storage; every call may return a new instance over the same data.</summary>
    protected abstract Task<IEventJournal> JournalAsync();

    protected static JournalAppend Append(GrainId grain, long expected, int events = 1, IdempotencyRecord? idempotency = null) =>
        new(grain, expected,
            Enumerable.Range(1, events).Select(i => ("PointsEarned", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes($"{{\"n\":{expected + i}}}"))).ToArray(),
            idempotency);

    protected static IdempotencyRecord Request(string key, string result = "ok") => new(key, "hash-" + key, Encoding.UTF8.GetBytes(result));

    [Fact]
    public async Task Appended_events_read_back_in_order_with_their_sequences()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 2), TestContext.Current.CancellationToken);
        await journal.AppendAsync(Append(grain, 2, events: 1), TestContext.Current.CancellationToken);

        var stream = await journal.ReadAsync(grain, TestContext.Current.CancellationToken);

        Assert.Equal([1L, 2L, 3L], stream.Events.Select(e => e.Sequence));
        Assert.Equal("{\"n\":3}", Encoding.UTF8.GetString(stream.Events[2].Payload.Span));
        Assert.Equal(3, stream.LastSequence);
    }

    [Fact]
    public async Task Of_two_writers_appending_the_same_sequence_exactly_one_wins()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();

        var outcomes = await Task.WhenAll(Outcome(journal.AppendAsync(Append(grain, 0), TestContext.Current.CancellationToken)), Outcome(journal.AppendAsync(Append(grain, 0), TestContext.Current.CancellationToken)));

        Assert.Single(outcomes, o => o is null);
        Assert.Single(outcomes, o => o is InconsistentStateException);
        Assert.Equal([1L], (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).Events.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Racing_writers_leave_a_stream_without_gaps_or_duplicates()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        var committed = 0;
        var conflicts = 0;

        async Task Writer()
        {
            for (var round = 0; round < 15; round++)
            {
                var seen = (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).LastSequence;
                try
                {
                    await journal.AppendAsync(Append(grain, seen, events: 2), TestContext.Current.CancellationToken);
                    Interlocked.Increment(ref committed);
                }
                catch (InconsistentStateException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Writer)));

        var sequences = (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).Events.Select(e => e.Sequence).ToArray();
        Assert.Equal(Enumerable.Range(1, committed * 2).Select(i => (long)i), sequences);
        Assert.Equal(60, committed + conflicts);
    }

    [Fact]
    public async Task A_conflicting_append_fails_alone_and_leaves_none_of_its_events()
    {
        var journal = await JournalAsync();
        var contested = TestGrains.New();
        await journal.AppendAsync(Append(contested, 0), TestContext.Current.CancellationToken);
        var others = Enumerable.Range(0, 50).Select(_ => TestGrains.New()).ToArray();

        var stale = Outcome(journal.AppendAsync(Append(contested, 0, events: 3, Request("stale-tx")), TestContext.Current.CancellationToken));
        var fresh = others.Select(g => Outcome(journal.AppendAsync(Append(g, 0, events: 2), TestContext.Current.CancellationToken))).ToArray();

        Assert.IsType<InconsistentStateException>(await stale);
        Assert.All(await Task.WhenAll(fresh), Assert.Null);
        Assert.Equal([1L], (await journal.ReadAsync(contested, TestContext.Current.CancellationToken)).Events.Select(e => e.Sequence));
        Assert.Null(await journal.FindIdempotencyRecordAsync(contested, "stale-tx", TestContext.Current.CancellationToken));
        foreach (var grain in others)
        {
            Assert.Equal([1L, 2L], (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).Events.Select(e => e.Sequence));
        }
    }

    [Fact]
    public async Task A_duplicate_idempotency_key_is_rejected_with_the_original_record()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, idempotency: Request("tx-1", "first result")), TestContext.Current.CancellationToken);

        var duplicate = await Assert.ThrowsAsync<DuplicateRequestException>(() =>
            journal.AppendAsync(Append(grain, 1, events: 2, Request("tx-1", "second result")), TestContext.Current.CancellationToken));

        Assert.Equal("tx-1", duplicate.Existing.Key);
        Assert.Equal("first result", Encoding.UTF8.GetString(duplicate.Existing.Result.Span));
        Assert.Equal(1, (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).LastSequence);
        Assert.Equal("hash-tx-1", (await journal.FindIdempotencyRecordAsync(grain, "tx-1", TestContext.Current.CancellationToken))!.RequestHash);
    }

    [Fact]
    public async Task A_result_kept_in_the_last_event_is_handed_back_from_that_event()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 2), TestContext.Current.CancellationToken);
        await journal.AppendAsync(Append(grain, 2, events: 3, IdempotencyRecord.InLastEvent("tx-1", "hash-tx-1")), TestContext.Current.CancellationToken);

        var found = await journal.FindIdempotencyRecordAsync(grain, "tx-1", TestContext.Current.CancellationToken);
        var duplicate = await Assert.ThrowsAsync<DuplicateRequestException>(() =>
            journal.AppendAsync(Append(grain, 5, idempotency: IdempotencyRecord.InLastEvent("tx-1", "hash-tx-1")), TestContext.Current.CancellationToken));

        foreach (var record in new[] { found!, duplicate.Existing })
        {
            Assert.True(record.ResultInLastEvent);
            Assert.Equal("hash-tx-1", record.RequestHash);
            Assert.Equal("{\"n\":5}", Encoding.UTF8.GetString(record.Result.Span));
        }

        Assert.Equal(5, (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).LastSequence);
    }

    [Fact]
    public async Task The_same_key_on_different_grains_is_two_requests()
    {
        var journal = await JournalAsync();

        await journal.AppendAsync(Append(TestGrains.New(), 0, idempotency: Request("shared-key")), TestContext.Current.CancellationToken);
        await journal.AppendAsync(Append(TestGrains.New(), 0, idempotency: Request("shared-key")), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_read_returns_the_newest_snapshot_and_only_the_events_after_it()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 5), TestContext.Current.CancellationToken);
        await journal.WriteSnapshotAsync(grain, new JournalSnapshot(4, Encoding.UTF8.GetBytes("at 4")), TestContext.Current.CancellationToken);
        await journal.WriteSnapshotAsync(grain, new JournalSnapshot(2, Encoding.UTF8.GetBytes("late, older")), TestContext.Current.CancellationToken);

        var stream = await journal.ReadAsync(grain, TestContext.Current.CancellationToken);

        Assert.Equal(4, stream.Snapshot!.Sequence);
        Assert.Equal("at 4", Encoding.UTF8.GetString(stream.Snapshot.State.Span));
        Assert.Equal([5L], stream.Events.Select(e => e.Sequence));
        Assert.Equal(5, stream.LastSequence);
    }

    // Snapshots are serialized into pooled memory that goes back to the pool once the write completes.
    [Fact]
    public async Task A_snapshot_is_kept_as_written_even_when_the_lent_bytes_are_reused_afterwards()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 2), TestContext.Current.CancellationToken);
        var lent = Encoding.UTF8.GetBytes("__at 2__");

        await journal.WriteSnapshotAsync(grain, new JournalSnapshot(2, lent.AsMemory(2, 4)), TestContext.Current.CancellationToken);
        Array.Fill(lent, (byte)'x');
        var stream = await journal.ReadAsync(grain, TestContext.Current.CancellationToken);

        Assert.Equal("at 2", Encoding.UTF8.GetString(stream.Snapshot!.State.Span));
    }

    [Fact]
    public async Task Events_before_a_stored_snapshot_can_be_deleted_and_the_stream_still_reads_and_fences_as_before()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 6), TestContext.Current.CancellationToken);

        // Without a snapshot at the sequence or later nothing goes: the events are all a replay would have.
        await journal.DeleteEventsBeforeSnapshotAsync(grain, 4, TestContext.Current.CancellationToken);
        Assert.Equal(6, (await journal.ReadBackwardAsync(grain, long.MaxValue, 100, cancellationToken: TestContext.Current.CancellationToken)).Count);

        await journal.WriteSnapshotAsync(grain, new JournalSnapshot(4, Encoding.UTF8.GetBytes("four")), TestContext.Current.CancellationToken);
        await journal.DeleteEventsBeforeSnapshotAsync(grain, 4, TestContext.Current.CancellationToken);
        await journal.DeleteEventsBeforeSnapshotAsync(grain, 9, TestContext.Current.CancellationToken); // past the snapshot: nothing

        var kept = await journal.ReadBackwardAsync(grain, long.MaxValue, 100, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal([6L, 5L, 4L], kept.Select(e => e.Sequence));
        var stream = await journal.ReadAsync(grain, TestContext.Current.CancellationToken);
        Assert.Equal(4, stream.Snapshot!.Sequence);
        Assert.Equal([5L, 6L], stream.Events.Select(e => e.Sequence));
        Assert.Equal(6, stream.LastSequence);
        // Stale views, also those whose first sequence was deleted, still collide.
        foreach (var stale in new long[] { 0, 1, 3, 5 })
        {
            Assert.IsType<InconsistentStateException>(await Outcome(journal.AppendAsync(Append(grain, stale), TestContext.Current.CancellationToken)));
        }

        await journal.AppendAsync(Append(grain, 6), TestContext.Current.CancellationToken);
        Assert.Equal(7, (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).LastSequence);
    }

    [Fact]
    public async Task Deleting_before_a_snapshot_at_the_last_event_keeps_that_event()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 3), TestContext.Current.CancellationToken);
        await journal.WriteSnapshotAsync(grain, new JournalSnapshot(3, Encoding.UTF8.GetBytes("three")), TestContext.Current.CancellationToken);

        await journal.DeleteEventsBeforeSnapshotAsync(grain, 3, TestContext.Current.CancellationToken);

        Assert.Equal([3L], (await journal.ReadBackwardAsync(grain, long.MaxValue, 100, cancellationToken: TestContext.Current.CancellationToken)).Select(e => e.Sequence));
        Assert.Equal(3, (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).LastSequence);
        Assert.IsType<InconsistentStateException>(await Outcome(journal.AppendAsync(Append(grain, 2), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Reading_backwards_pages_newest_first_by_type_and_ignores_snapshots()
    {
        var journal = await JournalAsync();
        var grain = TestGrains.New();
        await journal.AppendAsync(Append(grain, 0, events: 3), TestContext.Current.CancellationToken);
        await journal.AppendAsync(new JournalAppend(grain, 3, [("TransactionCompleted", (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes("{}"))]), TestContext.Current.CancellationToken);
        await journal.AppendAsync(Append(grain, 4, events: 2), TestContext.Current.CancellationToken);
        await journal.WriteSnapshotAsync(grain, new JournalSnapshot(6, Encoding.UTF8.GetBytes("at 6")), TestContext.Current.CancellationToken);

        var newest = await journal.ReadBackwardAsync(grain, long.MaxValue, 2, cancellationToken: TestContext.Current.CancellationToken);
        var older = await journal.ReadBackwardAsync(grain, 5, 10, cancellationToken: TestContext.Current.CancellationToken);
        var typed = await journal.ReadBackwardAsync(grain, long.MaxValue, 10, "TransactionCompleted", TestContext.Current.CancellationToken);

        Assert.Equal([6L, 5L], newest.Select(e => e.Sequence));
        Assert.Equal([4L, 3L, 2L, 1L], older.Select(e => e.Sequence));
        Assert.Equal([4L], typed.Select(e => e.Sequence));
    }

    protected static async Task<Exception?> Outcome(Task append)
    {
        try
        {
            await append;
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }
}
