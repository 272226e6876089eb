namespace Loyalty.Runtime.Testing;

/// <summary>
/// A clock that moves only when told to: <see cref="Advance"/> fires every timer that comes due,
/// in due order, on the calling thread. Lets tests drive reminders, timers and idle collection.
/// A periodic timer whose ticks the jump passes several times fires once, at the last of them — a
/// jump of a year would otherwise replay millions of one-second sweeps — as the timers of a
/// suspended machine coalesce when it wakes.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();

    // A set, not a list: a load test keeps thousands of timers (reminders, call timeouts), and every call changes or
    // disposes one. Ties in due time fire in the order the timers were first set, as a list would keep them.
    private readonly HashSet<ManualTimer> _timers = [];
    private long _lastSetOrder;
    private DateTimeOffset _now = start;

    /// <summary>A clock starting at 2026-01-01T00:00Z.</summary>
    public ManualTimeProvider() : this(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
    }

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <summary>Moves the clock forward, firing due timers one at a time as the clock passes them.</summary>
    public void Advance(TimeSpan delta)
    {
        DateTimeOffset target;
        lock (_lock)
        {
            target = _now + delta;
        }

        while (NextDue(target) is { } timer)
        {
            timer.Fire();
        }

        lock (_lock)
        {
            _now = target;
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private ManualTimer? NextDue(DateTimeOffset target)
    {
        lock (_lock)
        {
            ManualTimer? next = null;
            DateTimeOffset nextAt = default;
            foreach (var timer in _timers)
            {
                if (timer.LastDueAtOrBefore(target) is { } at && (next is null || at < nextAt || (at == nextAt && timer.SetOrder < next.SetOrder)))
                {
                    (next, nextAt) = (timer, at);
                }
            }

            if (next is not null && nextAt > _now)
            {
                _now = nextAt;
            }

            return next;
        }
    }

    private sealed class ManualTimer(ManualTimeProvider clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        /// <summary>When it joined the clock's timers, counted: ties in due time go by it.</summary>
        public long SetOrder { get; private set; }

        private bool IsPeriodic => _period != Timeout.InfiniteTimeSpan && _period != TimeSpan.Zero;

        /// <summary>When it fires within a jump to <paramref name="target"/>: a periodic timer at its last tick by then.</summary>
        public DateTimeOffset? LastDueAtOrBefore(DateTimeOffset target)
        {
            if (DueAt is not { } due || due > target)
            {
                return null;
            }

            return IsPeriodic ? due + (_period * Math.Floor((target - due) / _period)) : due;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._lock)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : clock._now + dueTime;
                if (clock._timers.Add(this))
                {
                    SetOrder = ++clock._lastSetOrder;
                }
            }

            return true;
        }

        public void Fire()
        {
            lock (clock._lock)
            {
                DueAt = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : clock._now + _period;
            }

            callback(state);
        }

        public void Dispose()
        {
            lock (clock._lock)
            {
                DueAt = null;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
