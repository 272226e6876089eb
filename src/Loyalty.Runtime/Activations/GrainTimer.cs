using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.Activations;

/// <summary>
/// A grain timer. Each tick is queued as a turn of the activation; the next tick is only scheduled
/// once the previous one has finished, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback, GrainTimerCreationOptions options)
    : IGrainTimer
{
    private static readonly GrainMethod ExclusiveTick = new("timer", "tick");
    private static readonly GrainMethod InterleavingTick = new("timer", "tick", GrainMethodOptions.AlwaysInterleave);

    private readonly CancellationTokenSource _disposal = new();

    internal ActivationData Activation { get; } = activation;

    internal Func<CancellationToken, Task> Callback { get; } = callback;

    internal GrainTimerCreationOptions Options { get; } = options;

    private ITimer? _timer;
    private TimeSpan _period = options.Period;
    private volatile bool _disposed;

    public void Start() =>
        _timer = Activation.Runtime.TimeProvider.CreateTimer(static s => ((GrainTimer)s!).OnDue(), this, Options.DueTime, Timeout.InfiniteTimeSpan);

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        _timer?.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _timer?.Dispose();
        // Not disposed: a tick starting concurrently may still read the token.
        _disposal.Cancel();
        Activation.RemoveTimer(this);
    }

    private void OnDue()
    {
        if (!_disposed)
        {
            Activation.EnqueueTick(new Tick(this));
        }
    }

    private void ScheduleNext()
    {
        if (!_disposed && _period != Timeout.InfiniteTimeSpan)
        {
            _timer?.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>One tick, run as a turn; it has no caller and no response timeout.</summary>
    internal sealed class Tick(GrainTimer timer) : IGrainRequest
    {
        public GrainMethod Method => timer.Options.Interleave ? InterleavingTick : ExclusiveTick;

        public bool KeepAlive => timer.Options.KeepAlive;

        public Exception? Fault { get; private set; }

        public Task CallerTask => Task.CompletedTask;

        public long StartedAt { get; set; }

        public System.Diagnostics.Activity? Activity { get; set; }

        public ValueTask RunAsync(object grain)
        {
            if (timer._disposed)
            {
                return ValueTask.CompletedTask;
            }

            try
            {
                var pending = timer.Callback(timer._disposal.Token);
                return pending.IsCompletedSuccessfully ? ValueTask.CompletedTask : AwaitAsync(pending);
            }
            catch (Exception exception)
            {
                Fault = exception;
                return ValueTask.CompletedTask;
            }
        }

        public void Complete()
        {
            if (Fault is not null)
            {
                timer.Activation.Runtime.Telemetry.TimerTickFailed(timer.Activation, Fault);
            }

            timer.ScheduleNext();
        }

        public bool TryFail(Exception exception) => false;

        private async ValueTask AwaitAsync(Task pending)
        {
            try
            {
                await pending;
            }
            catch (Exception exception)
            {
                Fault = exception;
            }
        }
    }
}
