using System.Linq;
using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen.Diagnostics;

/// <summary>The errors that make a grain interface unusable; no code is generated for such an interface.</summary>
internal static class GrainDiagnostics
{
    private const string Category = "Loyalty.Runtime.CodeGen";

    public static readonly DiagnosticDescriptor InvalidReturnType = Error(
        "LOY001",
        "Grain method must return Task or ValueTask",
        "Grain method '{0}.{1}' returns '{2}'; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>");

    public static readonly DiagnosticDescriptor NonTransferableType = Error(
        "LOY002",
        "Type cannot cross a grain boundary",
        "{0} of grain method '{1}.{2}' cannot cross a grain boundary: {3}");

    public static readonly DiagnosticDescriptor GenericNotSupported = Error(
        "LOY003",
        "Generic grain interfaces and methods are not supported",
        "'{0}' is generic; grain interfaces and their methods cannot have type parameters");

    public static readonly DiagnosticDescriptor NonMethodMember = Error(
        "LOY004",
        "Grain interfaces may only declare methods",
        "Grain interface '{0}' declares the {1} '{2}'; grain interfaces may only declare methods");

    public static readonly DiagnosticDescriptor OneWayWithResult = Error(
        "LOY005",
        "One-way grain method cannot return a result",
        "Grain method '{0}.{1}' is [OneWay] but returns a result; one-way methods must return Task or ValueTask");

    public static readonly DiagnosticDescriptor InvalidResponseTimeout = Error(
        "LOY006",
        "Response timeout is not a valid TimeSpan",
        "Grain method '{0}.{1}' has [ResponseTimeout(\"{2}\")], which is not a positive TimeSpan such as \"00:00:05\"");

    private static readonly DiagnosticDescriptor[] All =
        [InvalidReturnType, NonTransferableType, GenericNotSupported, NonMethodMember, OneWayWithResult, InvalidResponseTimeout];

    public static DiagnosticDescriptor ById(string id) => All.First(descriptor => descriptor.Id == id);

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
