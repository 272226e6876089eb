using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>The generator runs on every keystroke in an IDE; an edit that touches no grain must reuse every cached result.</summary>
public sealed class IncrementalityTests
{
    [Fact]
    public void An_edit_outside_grain_code_reuses_every_model_and_regenerates_nothing()
    {
        var compilation = GeneratorHarness.CreateCompilation(ValidGrainSources.Interfaces, ValidGrainSources.Classes);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Other { public sealed class Unrelated { } }", path: "Unrelated.cs", cancellationToken: TestContext.Current.CancellationToken)),
            TestContext.Current.CancellationToken);

        var result = driver.GetRunResult().Results.Single();
        Assert.All(
            StepOutputs(result, GrainCodeGenerator.InterfacesStep)
                .Concat(StepOutputs(result, GrainCodeGenerator.ClassesStep))
                .Concat(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs)),
            output => Assert.True(
                output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{output.Value} was {output.Reason}"));
    }

    [Fact]
    public void Changing_a_grain_interface_updates_its_model()
    {
        var compilation = GeneratorHarness.CreateCompilation(ValidGrainSources.Interfaces);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation, TestContext.Current.CancellationToken);
        var interfaces = compilation.SyntaxTrees.First();

        var text = interfaces.GetText(TestContext.Current.CancellationToken);
        var edited = interfaces.WithChangedText(text.Replace(
            text.ToString().IndexOf("Task RunAsync();", StringComparison.Ordinal), 0, "Task StopAsync(); "));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(interfaces, edited), TestContext.Current.CancellationToken);

        Assert.Contains(
            StepOutputs(driver.GetRunResult().Results.Single(), GrainCodeGenerator.InterfacesStep),
            output => output.Reason == IncrementalStepRunReason.Modified);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> StepOutputs(GeneratorRunResult result, string stepName) =>
        result.TrackedSteps[stepName].SelectMany(step => step.Outputs);
}
