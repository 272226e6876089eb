using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>The outcome of one generator run: the compilation with generated files and what was reported.</summary>
internal sealed record GeneratorRun(Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics, GeneratorDriver Driver)
{
    /// <summary>Errors anywhere in the compilation, and warnings in generated files (the sample sources may be terse).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems
    {
        get
        {
            var generated = Driver.GetRunResult().GeneratedTrees;
            return
            [
                .. Output.GetDiagnostics().Where(diagnostic =>
                    diagnostic.Severity == DiagnosticSeverity.Error
                    || (diagnostic.Severity == DiagnosticSeverity.Warning && diagnostic.Location.SourceTree is { } tree && generated.Contains(tree))),
            ];
        }
    }

    public IReadOnlyList<string> GeneratedFileNames =>
        [.. Driver.GetRunResult().GeneratedTrees.Select(tree => Path.GetFileName(tree.FilePath))];

    public string GeneratedSource(string fileName) =>
        Driver.GetRunResult().GeneratedTrees.Single(tree => Path.GetFileName(tree.FilePath) == fileName).GetText().ToString();
}
