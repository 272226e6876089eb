using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Loyalty.Runtime.Storage;

/// <summary>An <see cref="IPersistentState{TState}"/> bound to one grain and one storage provider.</summary>
internal sealed class PersistentState<TState>(string stateName, GrainId grainId, IGrainStorage storage, StorageInstruments instruments)
    : IPersistentState<TState>
{
    public TState State { get; set; } = Activator.CreateInstance<TState>();

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }

    public Task ReadStateAsync() =>
        Measure(instruments.ReadDuration, () => storage.ReadStateAsync(stateName, grainId, this));

    public Task WriteStateAsync() =>
        Measure(instruments.WriteDuration, () => storage.WriteStateAsync(stateName, grainId, this));

    public Task ClearStateAsync() =>
        Measure(instruments.WriteDuration, () => storage.ClearStateAsync(stateName, grainId, this));

    private async Task Measure(Histogram<double> duration, Func<Task> operation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await operation();
        }
        catch
        {
            instruments.Errors.Add(1);
            throw;
        }
        finally
        {
            duration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
