namespace Loyalty.Runtime;

/// <summary>The name of a kind of grain (e.g. <c>member</c>); part of every <see cref="GrainId"/>.</summary>
public readonly record struct GrainType(string Value)
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
