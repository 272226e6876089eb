using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Loyalty.Runtime.CodeGen.Diagnostics;
using Loyalty.Runtime.CodeGen.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Finds grain and observer interfaces and turns each into a <see cref="GrainInterfaceModel"/>.</summary>
internal static class GrainInterfaceReader
{
    public static bool IsCandidate(SyntaxNode node, CancellationToken _) =>
        node is InterfaceDeclarationSyntax { BaseList: not null };

    public static GrainInterfaceModel? Read(GeneratorSyntaxContext context, CancellationToken cancellationToken) =>
        context.SemanticModel.GetDeclaredSymbol(context.Node, cancellationToken) is INamedTypeSymbol symbol
        && symbol.IsFirstDeclaration(context.Node)
        && IsGrainInterface(symbol)
        && symbol.IsReachableFromGeneratedCode()
            ? Read(symbol)
            : null;

    private static bool IsGrainInterface(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface && !type.IsGrainMarker() && type.AllInterfaces.Any(SymbolExtensions.IsGrainMarker);

    private static GrainInterfaceModel Read(INamedTypeSymbol grainInterface)
    {
        var problems = new List<DiagnosticInfo>();
        var methods = new List<GrainMethodModel>();
        var inheritsInvalidMember = false;

        if (grainInterface.IsOrIsNestedInGeneric())
        {
            problems.Add(DiagnosticInfo.Create(GrainDiagnostics.GenericNotSupported, grainInterface.Locations.FirstOrDefault(), grainInterface.ToDisplayString()));
        }

        foreach (var declaring in new[] { grainInterface }.Concat(grainInterface.AllInterfaces))
        {
            // A source grain interface reports its own members' errors; repeating them here would
            // show one mistake once per derived interface.
            var reportedElsewhere = ReportsItsOwnErrors(declaring, grainInterface);
            var memberProblems = reportedElsewhere ? new List<DiagnosticInfo>() : problems;
            foreach (var member in declaring.GetMembers())
            {
                if (ReadMember(member, declaring, memberProblems) is { } method)
                {
                    methods.Add(method);
                }
            }

            inheritsInvalidMember |= reportedElsewhere && memberProblems.Count > 0;
        }

        return new GrainInterfaceModel(
            grainInterface.ToGlobalName(),
            NameMangler.Mangle(grainInterface.ToDottedName()) + "Proxy",
            methods.ToEquatableArray(),
            problems.ToEquatableArray(),
            IsValid: problems.Count == 0 && !inheritsInvalidMember);
    }

    private static bool ReportsItsOwnErrors(INamedTypeSymbol declaring, INamedTypeSymbol grainInterface) =>
        !SymbolEqualityComparer.Default.Equals(declaring, grainInterface)
        && declaring.Locations.Any(location => location.IsInSource)
        && IsGrainInterface(declaring);

    private static GrainMethodModel? ReadMember(ISymbol member, INamedTypeSymbol declaring, List<DiagnosticInfo> problems)
    {
        // Static members and default implementations are not messages to the grain.
        if (member.IsStatic || !member.IsAbstract)
        {
            return null;
        }

        var kind = member switch
        {
            IPropertySymbol { IsIndexer: true } => "indexer",
            IPropertySymbol => "property",
            IEventSymbol => "event",
            _ => null,
        };
        if (kind is not null)
        {
            problems.Add(DiagnosticInfo.Create(GrainDiagnostics.NonMethodMember, member.Locations.FirstOrDefault(), declaring.ToDisplayString(), kind, member.Name));
            return null;
        }

        return member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            ? GrainMethodReader.Read(method, declaring, problems)
            : null;
    }
}
