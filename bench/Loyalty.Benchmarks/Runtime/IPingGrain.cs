using Loyalty.Runtime;

namespace Loyalty.Benchmarks.Runtime;

/// <summary>The smallest useful grain call: an argument in, a result out.</summary>
public interface IPingGrain : IGrainWithIntegerKey
{
    Task<int> PingAsync(int value);

    ValueTask<int> PingValueAsync(int value);
}

public sealed class PingGrain : Grain, IPingGrain
{
    private long _calls;

    public Task<int> PingAsync(int value)
    {
        _calls++;
        return Task.FromResult(value);
    }

    public ValueTask<int> PingValueAsync(int value)
    {
        _calls++;
        return ValueTask.FromResult(value);
    }
}
