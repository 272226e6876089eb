using Loyalty.Runtime.Activations;
using Microsoft.Extensions.Hosting;

namespace Loyalty.Runtime.Hosting;

/// <summary>
/// Starts the silo's background duties — response timeouts, idle collection, reminders — and on
/// shutdown deactivates every activation gracefully.
/// </summary>
internal sealed class SiloLifecycle(SiloRuntime runtime) : IHostedService
{
    private ITimer? _timeoutSweep;
    private ITimer? _collection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var time = runtime.TimeProvider;
        var sweepEvery = TimeSpan.FromTicks(Math.Clamp(runtime.Options.ResponseTimeout.Ticks / 10, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _timeoutSweep = time.CreateTimer(static s => ((SiloLifecycle)s!).SweepTimeouts(), this, sweepEvery, sweepEvery);
        _collection = time.CreateTimer(static s => ((SiloLifecycle)s!).CollectIdle(), this, runtime.Options.CollectionQuantum, runtime.Options.CollectionQuantum);
        await runtime.Reminders.StartAsync();
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _timeoutSweep?.Dispose();
        _collection?.Dispose();
        runtime.Reminders.Dispose();
        var shuttingDown = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is stopping.");
        var activations = runtime.Catalog.All.ToList();
        foreach (var activation in activations)
        {
            activation.Deactivate(shuttingDown);
        }

        await Task.WhenAll(activations.Select(a => a.Deactivated)).WaitAsync(runtime.Options.DeactivationTimeout, cancellationToken);
    }

    private void SweepTimeouts()
    {
        var now = runtime.TimeProvider.GetTimestamp();
        foreach (var activation in runtime.Catalog.All)
        {
            activation.FailTimedOutRequests(now);
        }
    }

    private void CollectIdle()
    {
        var now = runtime.TimeProvider.GetTimestamp();
        foreach (var activation in runtime.Catalog.All)
        {
            if (!activation.GrainClass.IsObserver)
            {
                activation.CollectIfIdle(now, activation.GrainClass.CollectionAge ?? runtime.Options.CollectionAge);
            }
        }
    }
}
