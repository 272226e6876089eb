using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>
/// Decides whether a value of a type can be sent to a grain that may live in another process.
/// Grain and observer references are allowed (they travel as identities); <c>object</c> is allowed
/// and left to the serializer. Type arguments and array elements are checked too.
/// </summary>
internal static class BoundaryTypeRules
{
    /// <summary>Why <paramref name="type"/> cannot cross, or null when it can.</summary>
    public static string? WhyNotTransferable(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Dynamic } => "'dynamic' has no fixed shape to serialize",
        { TypeKind: TypeKind.Delegate } or { SpecialType: SpecialType.System_Delegate or SpecialType.System_MulticastDelegate }
            => $"'{type.ToDisplayString()}' is a delegate, which is code rather than data",
        { TypeKind: TypeKind.Pointer or TypeKind.FunctionPointer } => $"'{type.ToDisplayString()}' is a pointer",
        { SpecialType: SpecialType.System_IntPtr or SpecialType.System_UIntPtr } => $"'{type.ToDisplayString()}' is a native pointer or handle",
        { IsRefLikeType: true } => $"'{type.ToDisplayString()}' is a ref struct, which cannot leave the stack",
        _ when IsTaskLike(type) => $"'{type.ToDisplayString()}' is a pending operation, not a value",
        _ when type.IsNamed("System.IO.Stream") || type.DerivesFrom("System.IO.Stream") => $"'{type.ToDisplayString()}' is a stream",
        IArrayTypeSymbol array => WhyNotTransferable(array.ElementType),
        INamedTypeSymbol named => FirstUntransferableTypeArgument(named),
        _ => null,
    };

    public static bool IsTaskLike(ITypeSymbol type) =>
        type.IsNamed("System.Threading.Tasks.Task") || type.IsNamed("System.Threading.Tasks.Task`1")
        || type.IsNamed("System.Threading.Tasks.ValueTask") || type.IsNamed("System.Threading.Tasks.ValueTask`1");

    private static string? FirstUntransferableTypeArgument(INamedTypeSymbol type)
    {
        foreach (var argument in type.TypeArguments)
        {
            if (WhyNotTransferable(argument) is { } reason)
            {
                return reason;
            }
        }

        return null;
    }
}
