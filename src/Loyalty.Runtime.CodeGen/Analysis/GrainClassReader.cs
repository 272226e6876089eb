using System.Linq;
using System.Threading;
using Loyalty.Runtime.CodeGen.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Finds grain classes and the constructor the activator calls.</summary>
internal static class GrainClassReader
{
    /// <summary>
    /// Classes that name a base type, and every part of a partial class: the part that comes first
    /// (the one <see cref="Read"/> keeps) need not be the part that names <c>Grain</c>.
    /// </summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken _) =>
        node is ClassDeclarationSyntax declaration
        && (declaration.BaseList is not null || declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    public static GrainClassModel? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is not INamedTypeSymbol grainClass
            || !grainClass.IsFirstDeclaration(context.Node)
            || grainClass.IsAbstract
            || grainClass.IsOrIsNestedInGeneric()
            || !grainClass.IsReachableFromGeneratedCode()
            || !grainClass.DerivesFrom(KnownNames.GrainBaseClass))
        {
            return null;
        }

        // The richest public constructor, as dependency injection containers choose.
        var constructor = grainClass.InstanceConstructors
            .Where(candidate => candidate.DeclaredAccessibility == Accessibility.Public)
            .OrderByDescending(candidate => candidate.Parameters.Length)
            .FirstOrDefault();
        return constructor is null
            ? null
            : new GrainClassModel(
                grainClass.ToGlobalName(),
                constructor.Parameters.Select(ConstructorArgumentWriter.Expression).ToEquatableArray());
    }
}
