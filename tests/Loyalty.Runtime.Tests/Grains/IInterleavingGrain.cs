namespace Loyalty.Runtime.Tests.Grains;

/// <summary>Holds requests open on a gate, to observe which requests may run beside them.</summary>
public interface IInterleavingGrain : IGrainWithStringKey
{
    /// <summary>A read-only request that waits until the gate opens; returns how many reads were inside at its peak.</summary>
    [ReadOnly]
    Task<int> ReadWhileGateClosedAsync();

    /// <summary>A write: counts itself and returns how many reads were inside when it ran.</summary>
    Task<int> WriteAsync();

    /// <summary>A long ordinary request held on the gate.</summary>
    Task HoldAsync();

    /// <summary>Answers even while another request holds the grain.</summary>
    [AlwaysInterleave]
    Task<string> PingAsync();

    /// <summary>Opens the gate (interleaves, or it could never run while requests wait on the gate).</summary>
    [AlwaysInterleave]
    Task OpenGateAsync();
}
