namespace Loyalty.Runtime.Tests.Grains;

public sealed class InterleavingGrain : Grain, IInterleavingGrain
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _readsInside;
    private int _peakReads;

    public async Task<int> ReadWhileGateClosedAsync()
    {
        _readsInside++;
        _peakReads = Math.Max(_peakReads, _readsInside);
        await _gate.Task;
        _readsInside--;
        return _peakReads;
    }

    public Task<int> WriteAsync() => Task.FromResult(_readsInside);

    public Task HoldAsync() => _gate.Task;

    public Task<string> PingAsync() => Task.FromResult("pong");

    public Task OpenGateAsync()
    {
        _gate.TrySetResult();
        return Task.CompletedTask;
    }
}
