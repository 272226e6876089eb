using System.Diagnostics;
using System.Threading.Channels;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// The per-silo group committer. Appends from every grain queue in a channel; one loop gathers them
/// into a batch until <see cref="PostgresJournalOptions.MaxDelay"/> has passed since the batch's first
/// append or it holds <see cref="PostgresJournalOptions.MaxBatchRows"/> events, then hands it to a commit
/// task and starts gathering the next one at once. Up to <see cref="PostgresJournalOptions.MaxBatchesInFlight"/>
/// batches commit concurrently; while all are busy the waiting batch keeps growing, so batch size
/// adapts to the load. Callers are completed only after their batch's COMMIT returned.
/// </summary>
internal sealed class JournalWriter : IAsyncDisposable
{
    // Not SingleReader: the gather loop may leave a WaitToReadAsync pending when its deadline wins, and
    // the single-reader channel allows only one outstanding waiter.
    private readonly Channel<PendingAppend> _queue = Channel.CreateUnbounded<PendingAppend>(new() { SingleReader = false });
    private readonly List<PendingAppend> _carried = [];
    private readonly JournalBatchCommitter _committer;
    private readonly PostgresJournalOptions _options;
    private readonly SemaphoreSlim _commitSlots;
    private readonly Task _loop;

    public JournalWriter(JournalBatchCommitter committer, PostgresJournalOptions options)
    {
        _committer = committer;
        _options = options;
        _commitSlots = new SemaphoreSlim(options.MaxBatchesInFlight, options.MaxBatchesInFlight);
        _loop = Task.Run(RunAsync);
    }

    public Task EnqueueAsync(PendingAppend pending) =>
        _queue.Writer.TryWrite(pending)
            ? pending.Completion
            : Task.FromException(new ObjectDisposedException(nameof(JournalWriter), "The journal writer has stopped."));

    /// <summary>Stops taking appends, commits what is queued and waits for every batch in flight.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        _commitSlots.Dispose();
    }

    private async Task RunAsync()
    {
        // Commit spans are roots of their own: a batch belongs to many traces, so it links to them instead.
        Activity.Current = null;
        while (await GatherAsync() is { } batch)
        {
            await WaitForCommitSlotAsync(batch);
            _ = CommitAsync(batch);
        }

        for (var slot = 0; slot < _options.MaxBatchesInFlight; slot++)
        {
            await _commitSlots.WaitAsync();
        }
    }

    /// <summary>The next batch, or null once the channel is completed and drained.</summary>
    private async Task<JournalBatch?> GatherAsync()
    {
        var batch = new JournalBatch(_options.MaxBatchRows);
        TakeCarried(batch);
        if (batch.IsEmpty && !await _queue.Reader.WaitToReadAsync())
        {
            return null;
        }

        var deadline = Stopwatch.GetTimestamp() + (long)(_options.MaxDelay.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Drain(batch);
            var remaining = deadline - Stopwatch.GetTimestamp();
            if (batch.IsFull || remaining <= 0)
            {
                break;
            }

            if (!await MoreArrivesWithinAsync(remaining))
            {
                break;
            }
        }

        return batch.IsEmpty ? await GatherAsync() : batch;
    }

    /// <summary>True when appends are waiting before <paramref name="timestampTicks"/> pass; false at the deadline or once the channel is closed.</summary>
    private async Task<bool> MoreArrivesWithinAsync(long timestampTicks)
    {
        var more = _queue.Reader.WaitToReadAsync().AsTask();
        if (!more.IsCompleted)
        {
            await Task.WhenAny(more, Task.Delay(TimeSpan.FromSeconds((double)timestampTicks / Stopwatch.Frequency)));
        }

        return more.IsCompletedSuccessfully && more.Result;
    }

    // Every commit slot is busy: rather than idle, keep filling the batch until one frees up.
    private async Task WaitForCommitSlotAsync(JournalBatch batch)
    {
        var slot = _commitSlots.WaitAsync();
        while (!slot.IsCompleted && !batch.IsFull)
        {
            var more = _queue.Reader.WaitToReadAsync().AsTask();
            if (await Task.WhenAny(slot, more) == more && more.Result)
            {
                Drain(batch);
            }
            else
            {
                break;
            }
        }

        await slot;
    }

    private void Drain(JournalBatch batch)
    {
        while (!batch.IsFull && _queue.Reader.TryRead(out var pending))
        {
            if (!batch.TryAdd(pending))
            {
                _carried.Add(pending);
            }
        }
    }

    private void TakeCarried(JournalBatch batch)
    {
        // Appends deferred because their grain was already in a batch go first, in arrival order.
        var waiting = _carried.ToArray();
        _carried.Clear();
        foreach (var pending in waiting)
        {
            if (batch.IsFull || !batch.TryAdd(pending))
            {
                _carried.Add(pending);
            }
        }
    }

    private async Task CommitAsync(JournalBatch batch)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = PostgresTelemetry.ActivitySource.StartActivity(
            PostgresTelemetry.JournalCommitSpan,
            ActivityKind.Client,
            parentContext: default,
            tags: [new("db.system", "postgresql"), new("loyalty.journal.batch_size", batch.Appends.Count)],
            links: batch.Appends.Where(pending => pending.Caller != default).Select(pending => new ActivityLink(pending.Caller)));
        try
        {
            var failures = await _committer.CommitAsync(batch.Appends);
            foreach (var pending in batch.Appends)
            {
                if (failures.TryGetValue(pending, out var error))
                {
                    pending.Fail(error);
                }
                else
                {
                    pending.Succeed();
                }
            }

            PostgresTelemetry.AppendConflicts.Add(failures.Count);
        }
        catch (Exception error)
        {
            // The transaction did not commit (or its outcome is unknown): no caller may treat its append as durable.
            PostgresTelemetry.CommitErrors.Add(1);
            span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            foreach (var pending in batch.Appends)
            {
                pending.Fail(new JournalCommitException("The journal batch holding this append did not commit.", error));
            }
        }
        finally
        {
            PostgresTelemetry.BatchSize.Record(batch.Appends.Count);
            PostgresTelemetry.CommitLatency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _commitSlots.Release();
        }
    }
}
