using System.Diagnostics.Metrics;
using Loyalty.Runtime.Postgres;

namespace Loyalty.Benchmarks.Journal;

/// <summary>Listens to the journal's batch-size histogram to report the mean appends per commit.</summary>
internal sealed class BatchSizeListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _batches;
    private long _appends;
    private long _small;

    public BatchSizeListener()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == PostgresTelemetry.MeterName && instrument.Name == PostgresTelemetry.JournalBatchSize)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
        {
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _appends, size);
            if (size < JournalBatchCommitter.DefaultBulkCopyMinAppends)
            {
                Interlocked.Increment(ref _small);
            }
        });
        _listener.Start();
    }

    /// <summary>
    /// Batches, mean appends per batch, and batches too small for the bulk-copy path (INSERT … unnest instead) since the
    /// last call. The counters are reset one after another, so a commit landing meanwhile may count toward the next
    /// round: fine for per-round figures of thousands of commits.
    /// </summary>
    public (long Batches, double MeanSize, long Small) TakeAndReset()
    {
        var small = Interlocked.Exchange(ref _small, 0);
        var batches = Interlocked.Exchange(ref _batches, 0);
        var appends = Interlocked.Exchange(ref _appends, 0);
        return (batches, batches == 0 ? 0 : (double)appends / batches, small);
    }

    public void Dispose() => _listener.Dispose();
}
