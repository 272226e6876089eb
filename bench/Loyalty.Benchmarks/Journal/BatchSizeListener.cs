using System.Diagnostics.Metrics;
using Loyalty.Runtime.Postgres;

namespace Loyalty.Benchmarks.Journal;

/// <summary>Listens to the journal's batch-size histogram to report the mean appends per commit.</summary>
internal sealed class BatchSizeListener : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _batches;
    private long _appends;

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
        });
        _listener.Start();
    }

    public (long Batches, double MeanSize) TakeAndReset()
    {
        var batches = Interlocked.Exchange(ref _batches, 0);
        var appends = Interlocked.Exchange(ref _appends, 0);
        return (batches, batches == 0 ? 0 : (double)appends / batches);
    }

    public void Dispose() => _listener.Dispose();
}
