using System.Collections.Generic;
using System.Linq;
using Loyalty.Runtime.CodeGen.Diagnostics;
using Loyalty.Runtime.CodeGen.Models;
using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>Validates one grain interface method and describes it for the emitters.</summary>
internal static class GrainMethodReader
{
    /// <summary>The method's model, or null after adding to <paramref name="problems"/> why it is invalid.</summary>
    public static GrainMethodModel? Read(IMethodSymbol method, INamedTypeSymbol declaring, List<DiagnosticInfo> problems)
    {
        var problemCount = problems.Count;
        var interfaceName = declaring.ToDisplayString();
        var location = method.Locations.FirstOrDefault();

        if (method.IsGenericMethod)
        {
            problems.Add(DiagnosticInfo.Create(GrainDiagnostics.GenericNotSupported, location, $"{interfaceName}.{method.Name}"));
        }

        var shape = ShapeOf(method);
        var resultType = shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT
            ? ((INamedTypeSymbol)method.ReturnType).TypeArguments[0]
            : null;
        if (shape is null)
        {
            problems.Add(DiagnosticInfo.Create(GrainDiagnostics.InvalidReturnType, location, interfaceName, method.Name, method.ReturnType.ToDisplayString()));
        }
        else if (resultType is not null && BoundaryTypeRules.WhyNotTransferable(resultType) is { } resultProblem)
        {
            problems.Add(DiagnosticInfo.Create(GrainDiagnostics.NonTransferableType, location, "The result", interfaceName, method.Name, resultProblem));
        }

        CheckParameters(method, interfaceName, problems);

        if (resultType is not null && MethodOptionsReader.IsOneWay(method))
        {
            problems.Add(DiagnosticInfo.Create(GrainDiagnostics.OneWayWithResult, location, interfaceName, method.Name));
        }

        long? timeoutTicks = null;
        if (MethodOptionsReader.ResponseTimeoutText(method) is { } timeoutText)
        {
            timeoutTicks = MethodOptionsReader.ParseTimeoutTicks(timeoutText);
            if (timeoutTicks is null)
            {
                problems.Add(DiagnosticInfo.Create(GrainDiagnostics.InvalidResponseTimeout, location, interfaceName, method.Name, timeoutText));
            }
        }

        if (problems.Count != problemCount || shape is not { } validShape)
        {
            return null;
        }

        return new GrainMethodModel(
            declaring.ToGlobalName(),
            declaring.ToDottedName(),
            method.Name,
            method.ToIdentifier(),
            validShape,
            resultType?.ToGlobalName(),
            method.Parameters.Select(parameter => new GrainParameterModel(parameter.Type.ToGlobalName())).ToEquatableArray(),
            MethodOptionsReader.OptionsExpression(method),
            timeoutTicks);
    }

    private static void CheckParameters(IMethodSymbol method, string interfaceName, List<DiagnosticInfo> problems)
    {
        foreach (var parameter in method.Parameters)
        {
            var reason = parameter.RefKind == RefKind.None
                ? BoundaryTypeRules.WhyNotTransferable(parameter.Type)
                : $"'{RefKeyword(parameter.RefKind)}' parameters share memory with the caller";
            if (reason is not null)
            {
                problems.Add(DiagnosticInfo.Create(
                    GrainDiagnostics.NonTransferableType, parameter.Locations.FirstOrDefault(), $"Parameter '{parameter.Name}'", interfaceName, method.Name, reason));
            }
        }
    }

    private static string RefKeyword(RefKind kind) => kind switch
    {
        RefKind.Ref => "ref",
        RefKind.Out => "out",
        RefKind.In => "in",
        _ => "ref readonly",
    };

    private static ReturnShape? ShapeOf(IMethodSymbol method) => method switch
    {
        { ReturnsByRef: true } or { ReturnsByRefReadonly: true } => null,
        _ when method.ReturnType.IsNamed("System.Threading.Tasks.Task") => ReturnShape.Task,
        _ when method.ReturnType.IsNamed("System.Threading.Tasks.Task`1") => ReturnShape.TaskOfT,
        _ when method.ReturnType.IsNamed("System.Threading.Tasks.ValueTask") => ReturnShape.ValueTask,
        _ when method.ReturnType.IsNamed("System.Threading.Tasks.ValueTask`1") => ReturnShape.ValueTaskOfT,
        _ => null,
    };
}
