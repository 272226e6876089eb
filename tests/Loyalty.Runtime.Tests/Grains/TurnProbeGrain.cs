namespace Loyalty.Runtime.Tests.Grains;

public abstract class ProbeGrainBase : Grain
{
    private int _inside;
    private int _maxInside;
    private int _running;
    private bool _parallelSeen;

    public async Task<int> EnterAsync()
    {
        Step();
        _inside++;
        _maxInside = Math.Max(_maxInside, _inside);
        await Task.Yield();
        Step();
        await Task.Delay(1);
        Step();
        _inside--;
        return _maxInside;
    }

    public Task<ProbeReport> ReportAsync() => Task.FromResult(new ProbeReport(_maxInside, _parallelSeen));

    // Detects two threads inside the grain at the same moment, which must never happen, reentrant or not.
    private void Step()
    {
        if (Interlocked.Increment(ref _running) > 1)
        {
            _parallelSeen = true;
        }

        Thread.SpinWait(50);
        Interlocked.Decrement(ref _running);
    }
}

public sealed class TurnProbeGrain : ProbeGrainBase, ITurnProbeGrain;

[Reentrant]
public sealed class ReentrantProbeGrain : ProbeGrainBase, IReentrantProbeGrain;
