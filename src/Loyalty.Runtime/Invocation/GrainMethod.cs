namespace Loyalty.Runtime.Invocation;

/// <summary>
/// Static description of one grain interface method; generated code keeps one instance per method,
/// so a request carries no per-call metadata.
/// </summary>
/// <param name="InterfaceName">Full name of the grain interface.</param>
/// <param name="MethodName">Name of the method.</param>
/// <param name="Options">Interleaving and one-way flags.</param>
/// <param name="ResponseTimeout">A per-method response timeout, or null for the silo default.</param>
public sealed record GrainMethod(
    string InterfaceName,
    string MethodName,
    GrainMethodOptions Options = GrainMethodOptions.None,
    TimeSpan? ResponseTimeout = null)
{
    /// <summary>Whether the method is <see cref="GrainMethodOptions.ReadOnly"/>.</summary>
    public bool IsReadOnly => (Options & GrainMethodOptions.ReadOnly) != 0;

    /// <summary>Whether the method is <see cref="GrainMethodOptions.AlwaysInterleave"/>.</summary>
    public bool IsAlwaysInterleave => (Options & GrainMethodOptions.AlwaysInterleave) != 0;

    /// <summary>Whether the method is <see cref="GrainMethodOptions.OneWay"/>.</summary>
    public bool IsOneWay => (Options & GrainMethodOptions.OneWay) != 0;

    /// <summary>The name of the span tracing a call: <c>Interface/Method</c>.</summary>
    public string SpanName { get; } = $"{InterfaceName}/{MethodName}";

    /// <inheritdoc />
    public override string ToString() => $"{InterfaceName}.{MethodName}";
}
