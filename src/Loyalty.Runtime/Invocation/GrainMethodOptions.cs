namespace Loyalty.Runtime.Invocation;

/// <summary>Scheduling flags of one grain interface method, taken from its attributes at compile time.</summary>
[Flags]
public enum GrainMethodOptions
{
    /// <summary>An ordinary request: waits for the running request to finish.</summary>
    None = 0,

    /// <summary><see cref="ReadOnlyAttribute"/>: may interleave with other read-only requests.</summary>
    ReadOnly = 1,

    /// <summary><see cref="AlwaysInterleaveAttribute"/>: may interleave with any request.</summary>
    AlwaysInterleave = 2,

    /// <summary><see cref="OneWayAttribute"/>: the caller does not wait for, or learn, the outcome.</summary>
    OneWay = 4,
}
