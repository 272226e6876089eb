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

    public async Task ReadStateAsync()
    {
        await Measure(instruments.ReadDuration, () => storage.ReadStateAsync(stateName, grainId, this));
        EnsureState();
    }

    public Task WriteStateAsync() =>
        Measure(instruments.WriteDuration, () => storage.WriteStateAsync(stateName, grainId, this));

    public async Task ClearStateAsync()
    {
        await Measure(instruments.WriteDuration, () => storage.ClearStateAsync(stateName, grainId, this));
        EnsureState();
    }

    // Providers may leave State null when no record exists; grains always see a fresh default, as in Orleans.
    private void EnsureState()
    {
        if (State is null)
        {
            State = Activator.CreateInstance<TState>();
        }
    }

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
