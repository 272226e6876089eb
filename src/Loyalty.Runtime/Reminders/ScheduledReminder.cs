using Loyalty.Runtime.Activations;

namespace Loyalty.Runtime.Reminders;

/// <summary>The local timer of one reminder: fires at each due time and sends the tick.</summary>
internal sealed class ScheduledReminder(ReminderEntry entry, SiloRuntime runtime) : IDisposable
{
    // System timers cannot wait longer than ~49 days; a far tick is approached in steps of this.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private ITimer? _timer;
    private DateTimeOffset _nextTick;

    public void Start()
    {
        _nextTick = NextTickAtOrAfter(runtime.TimeProvider.GetUtcNow());
        _timer = runtime.TimeProvider.CreateTimer(static s => ((ScheduledReminder)s!).Fire(), this, DelayUntil(_nextTick), Timeout.InfiniteTimeSpan);
    }

    public void Dispose() => _timer?.Dispose();

    private void Fire()
    {
        if (runtime.TimeProvider.GetUtcNow() < _nextTick)
        {
            _timer?.Change(DelayUntil(_nextTick), Timeout.InfiniteTimeSpan);
            return;
        }

        var status = new TickStatus(entry.StartAt, entry.Period, _nextTick);
        runtime.Send(entry.GrainId, new ReceiveReminderRequest(entry.ReminderName, status));
        _nextTick = NextTickAtOrAfter(_nextTick + entry.Period);
        _timer?.Change(DelayUntil(_nextTick), Timeout.InfiniteTimeSpan);
    }

    // Ticks missed while no silo ran are not replayed one by one: the next tick is the first due one from now.
    private DateTimeOffset NextTickAtOrAfter(DateTimeOffset earliest)
    {
        if (entry.StartAt >= earliest)
        {
            return entry.StartAt;
        }

        var periods = Math.Ceiling((earliest - entry.StartAt) / entry.Period);
        var next = entry.StartAt + (entry.Period * periods);
        var now = runtime.TimeProvider.GetUtcNow();
        return next < now ? now : next;
    }

    private TimeSpan DelayUntil(DateTimeOffset when)
    {
        var delay = when - runtime.TimeProvider.GetUtcNow();
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > LongestWait ? LongestWait : delay;
    }
}
