using System;
using System.Linq;
using Loyalty.Runtime.CodeGen.Analysis;
using Loyalty.Runtime.CodeGen.Emit;
using Loyalty.Runtime.CodeGen.Models;
using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen;

/// <summary>
/// Generates a proxy and request types for each grain interface, an activator for each grain class,
/// and one module initializer that registers them; reports LOY errors for invalid interfaces.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainCodeGenerator : IIncrementalGenerator
{
    /// <summary>Tracking name of the step that reads grain interfaces (for incrementality tests).</summary>
    public const string InterfacesStep = "GrainInterfaces";

    /// <summary>Tracking name of the step that reads grain classes.</summary>
    public const string ClassesStep = "GrainClasses";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var interfaces = context.SyntaxProvider
            .CreateSyntaxProvider(GrainInterfaceReader.IsCandidate, GrainInterfaceReader.Read)
            .Where(model => model is not null)
            .Select((model, _) => model!)
            .WithTrackingName(InterfacesStep);

        var grainClasses = context.SyntaxProvider
            .CreateSyntaxProvider(GrainClassReader.IsCandidate, GrainClassReader.Read)
            .Where(model => model is not null)
            .Select((model, _) => model!)
            .WithTrackingName(ClassesStep);

        context.RegisterSourceOutput(interfaces, EmitInterface);

        var registrations = interfaces
            .Where(model => model.IsValid)
            .Select((model, _) => model.Registration)
            .Collect()
            .Combine(grainClasses.Collect());
        context.RegisterSourceOutput(registrations, (output, all) =>
        {
            // Sorted so the file does not change when declarations move between files.
            var registered = all.Left.OrderBy(model => model.GlobalName, StringComparer.Ordinal).ToEquatableArray();
            var classes = all.Right.OrderBy(model => model.GlobalName, StringComparer.Ordinal).ToEquatableArray();
            if (!registered.IsEmpty || !classes.IsEmpty)
            {
                output.AddSource("GrainRegistration.g.cs", RegistrationWriter.Write(registered, classes));
            }
        });
    }

    private static void EmitInterface(SourceProductionContext output, GrainInterfaceModel model)
    {
        foreach (var diagnostic in model.Diagnostics)
        {
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }

        if (model.IsValid)
        {
            output.AddSource($"{model.ProxyName}.g.cs", ProxyWriter.Write(model));
        }
    }
}
