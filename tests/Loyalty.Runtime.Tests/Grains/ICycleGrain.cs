namespace Loyalty.Runtime.Tests.Grains;

/// <summary>Calls another grain that calls back: a cycle between non-reentrant grains.</summary>
public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="other"/>.<see cref="CallBackAsync"/>, passing itself.</summary>
    Task<string> CallAsync(string other);

    /// <summary>Calls back <paramref name="caller"/>.<see cref="NameAsync"/>.</summary>
    Task<string> CallBackAsync(string caller);

    /// <summary>Returns the grain's key.</summary>
    Task<string> NameAsync();
}

public sealed class CycleGrain : Grain, ICycleGrain
{
    public Task<string> CallAsync(string other) =>
        GrainFactory.GetGrain<ICycleGrain>(other).CallBackAsync(this.GetPrimaryKeyString());

    public Task<string> CallBackAsync(string caller) => GrainFactory.GetGrain<ICycleGrain>(caller).NameAsync();

    public Task<string> NameAsync() => Task.FromResult(this.GetPrimaryKeyString());
}
