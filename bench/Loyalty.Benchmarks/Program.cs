using BenchmarkDotNet.Running;
using Loyalty.Benchmarks.Runtime;

// Load-style verbs print percentiles BenchmarkDotNet cannot; everything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "calls":
        await GrainCallLoad.RunAsync(args);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        break;
}

/// <summary>Entry point of the benchmark suites.</summary>
public partial class Program;
