namespace Loyalty.Runtime.Tests.Grains;

/// <summary>Runs a timer and checks that ticks and calls never overlap.</summary>
public interface ITimerGrain : IGrainWithStringKey
{
    /// <summary>Starts a timer ticking every <paramref name="period"/>; each tick takes a few milliseconds.</summary>
    Task StartAsync(TimeSpan period);

    /// <summary>A call that takes a few milliseconds.</summary>
    Task CallAsync();

    /// <summary>Ticks so far and whether a tick and a call ever overlapped.</summary>
    Task<TimerReport> ReportAsync();
}

public sealed record TimerReport(int Ticks, bool OverlapSeen);

public sealed class TimerGrain : Grain, ITimerGrain
{
    private bool _inTick;
    private bool _inCall;
    private bool _overlap;
    private int _ticks;

    public Task StartAsync(TimeSpan period)
    {
        RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(period, period));
        return Task.CompletedTask;
    }

    public async Task CallAsync()
    {
        _inCall = true;
        _overlap |= _inTick;
        await Task.Delay(3);
        _overlap |= _inTick;
        _inCall = false;
    }

    public Task<TimerReport> ReportAsync() => Task.FromResult(new TimerReport(_ticks, _overlap));

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        _inTick = true;
        _overlap |= _inCall;
        await Task.Delay(3, cancellationToken);
        _overlap |= _inCall;
        _inTick = false;
        _ticks++;
    }
}
