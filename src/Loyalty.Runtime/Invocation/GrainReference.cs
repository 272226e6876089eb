namespace Loyalty.Runtime.Invocation;

/// <summary>
/// Base of generated proxies: a cheap, immutable handle holding the target's identity. Two
/// references are equal when they point at the same grain.
/// </summary>
public abstract class GrainReference(IGrainCallInvoker invoker, GrainId grainId) : IAddressable, IEquatable<GrainReference>
{
    /// <summary>The grain this reference points at.</summary>
    public GrainId GrainId { get; } = grainId;

    /// <summary>The runtime that delivers this reference's calls.</summary>
    protected IGrainCallInvoker Invoker { get; } = invoker;

    /// <inheritdoc />
    public bool Equals(GrainReference? other) => other is not null && GrainId == other.GrainId;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GrainReference other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => GrainId.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => GrainId.ToString();
}
