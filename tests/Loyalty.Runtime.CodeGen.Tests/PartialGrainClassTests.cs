namespace Loyalty.Runtime.CodeGen.Tests;

public sealed class PartialGrainClassTests
{
    // The first part (first file, first in the compilation) says nothing about the base class;
    // only the second part names Grain. The activator must come from the symbol, not that first part.
    private const string PartWithoutBase = """
        namespace Sample.Split
        {
            public sealed partial class LateBaseGrain
            {
                public int Count { get; private set; }
            }
        }
        """;

    private const string PartWithBase = """
        using Loyalty.Runtime;

        namespace Sample.Split
        {
            public interface ILateBaseGrain : IGrainWithStringKey
            {
                System.Threading.Tasks.Task PingAsync();
            }

            public sealed partial class LateBaseGrain : Grain, ILateBaseGrain
            {
                public System.Threading.Tasks.Task PingAsync() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    [Fact]
    public void A_partial_grain_whose_first_part_names_no_base_class_still_gets_one_activator()
    {
        var run = GeneratorHarness.Run(PartWithoutBase, PartWithBase);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var registration = run.GeneratedSource("GrainRegistration.g.cs");
        Assert.Equal(2, registration.Split("AddGrainClass<global::Sample.Split.LateBaseGrain>(").Length);
    }

    [Fact]
    public void A_partial_class_that_is_not_a_grain_gets_no_activator()
    {
        var run = GeneratorHarness.Run(PartWithoutBase.Replace("LateBaseGrain", "PlainPart", StringComparison.Ordinal));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.DoesNotContain("PlainPart", string.Concat(run.GeneratedFileNames.Select(run.GeneratedSource)), StringComparison.Ordinal);
    }
}
