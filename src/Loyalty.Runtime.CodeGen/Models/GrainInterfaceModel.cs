using Loyalty.Runtime.CodeGen.Diagnostics;

namespace Loyalty.Runtime.CodeGen.Models;

/// <summary>
/// A grain or observer interface: what to generate for it, or why nothing is generated
/// (<paramref name="Diagnostics"/> to report; <paramref name="IsValid"/> false also when a base
/// interface is invalid and reports its own errors).
/// </summary>
internal sealed record GrainInterfaceModel(
    string GlobalName,
    string ProxyName,
    EquatableArray<GrainMethodModel> Methods,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool IsValid)
{
    public RegisteredInterface Registration => new(GlobalName, ProxyName);
}

/// <summary>What the module initializer needs of a valid interface.</summary>
internal sealed record RegisteredInterface(string GlobalName, string ProxyName);
