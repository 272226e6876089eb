using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Symbol queries by metadata name, so the generator needs no reference to the runtime assembly.</summary>
internal static class SymbolExtensions
{
    /// <summary>Global-qualified with nullable annotations, so generated signatures match the interface exactly.</summary>
    private static readonly SymbolDisplayFormat GlobalFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>Dotted name without <c>global::</c>, as the runtime reports methods (e.g. <c>Ns.IFoo</c>).</summary>
    private static readonly SymbolDisplayFormat DottedFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted);

    public static string ToGlobalName(this ITypeSymbol type) => type.ToDisplayString(GlobalFormat);

    public static string ToDottedName(this ITypeSymbol type) => type.ToDisplayString(DottedFormat);

    /// <summary>The global name without a top-level <c>?</c>, for APIs constrained to non-null types.</summary>
    public static string ToNonNullableGlobalName(this ITypeSymbol type) =>
        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToGlobalName();

    /// <summary>The member name as a C# identifier: keywords get an <c>@</c>.</summary>
    public static string ToIdentifier(this ISymbol symbol) =>
        SyntaxFacts.GetKeywordKind(symbol.Name) == SyntaxKind.None ? symbol.Name : "@" + symbol.Name;

    public static bool IsNamed(this ITypeSymbol? type, string metadataName) =>
        type is not null && MetadataNameOf(type.OriginalDefinition) == metadataName;

    public static bool DerivesFrom(this ITypeSymbol type, string metadataName)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.IsNamed(metadataName))
            {
                return true;
            }
        }

        return false;
    }

    public static AttributeData? FindAttribute(this ISymbol symbol, string metadataName) =>
        symbol.GetAttributes().FirstOrDefault(attribute => attribute.AttributeClass.IsNamed(metadataName));

    public static bool IsGrainMarker(this INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == KnownNames.RuntimeNamespace
        && KnownNames.GrainMarkers.Contains(type.MetadataName);

    /// <summary>
    /// Whether <paramref name="declaration"/> is the type's first part, so a partial type yields one
    /// model (and one generated file) however many parts it has.
    /// </summary>
    public static bool IsFirstDeclaration(this INamedTypeSymbol type, SyntaxNode declaration) =>
        type.DeclaringSyntaxReferences.FirstOrDefault() is { } first
        && first.SyntaxTree == declaration.SyntaxTree
        && first.Span == declaration.Span;

    /// <summary>Whether the type has type parameters of its own or of a type it is nested in.</summary>
    public static bool IsOrIsNestedInGeneric(this INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether code in another file of the same assembly can name the type.</summary>
    public static bool IsReachableFromGeneratedCode(this INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static string MetadataNameOf(ITypeSymbol type)
    {
        var prefix = type.ContainingType is { } outer
            ? MetadataNameOf(outer) + "+"
            : type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : string.Empty;
        return prefix + type.MetadataName;
    }
}
