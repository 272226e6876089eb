using BenchmarkDotNet.Running;
using Loyalty.Benchmarks.Journal;

// "journal" is a plain console run against a real PostgreSQL (durability cannot be measured in-process);
// everything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "journal")
{
    return await JournalAppendBenchmark.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Entry point of the benchmark suites.</summary>
public partial class Program;
