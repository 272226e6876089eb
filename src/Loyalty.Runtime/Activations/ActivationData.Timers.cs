namespace Loyalty.Runtime.Activations;

/// <summary>Grain timers owned by the activation.</summary>
internal sealed partial class ActivationData
{
    public IGrainTimer RegisterTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        var timer = new GrainTimer(this, (ct) => callback(state, ct), options);
        lock (_lock)
        {
            _timers.Add(timer);
        }

        timer.Start();
        return timer;
    }

    /// <summary>Queues a timer tick as a turn (system work: no caller, no response timeout).</summary>
    internal void EnqueueTick(GrainTimer.Tick tick) => TryEnqueue(tick);

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers.Remove(timer);
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            timers = [.. _timers];
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
