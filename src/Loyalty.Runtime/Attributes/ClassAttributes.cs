namespace Loyalty.Runtime;

/// <summary>Requests of this grain may interleave at await points (still one thread at a time).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReentrantAttribute : Attribute;

/// <summary>
/// The grain keeps no identity-bound state: the silo may run several activations of one id at once,
/// up to <paramref name="maxLocalWorkers"/> (default: the processor count).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StatelessWorkerAttribute(int maxLocalWorkers = 0) : Attribute
{
    /// <summary>Most activations of one id on one silo; 0 means the processor count.</summary>
    public int MaxLocalWorkers { get; } = maxLocalWorkers;
}

/// <summary>Overrides how long an idle activation of this grain class stays in memory.</summary>
/// <param name="minutes">Idle minutes before collection (at least 1, as in Orleans).</param>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CollectionAgeLimitAttribute(double minutes) : Attribute
{
    /// <summary>The idle age.</summary>
    public TimeSpan Age { get; } = TimeSpan.FromMinutes(Math.Max(1, minutes));
}

/// <summary>Names the grain type explicitly (default: the class name without "Grain", lower-case).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The grain type name.</summary>
    public string Name { get; } = name;
}
