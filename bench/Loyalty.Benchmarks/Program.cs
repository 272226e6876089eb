using BenchmarkDotNet.Running;
using Loyalty.Benchmarks.Engagement;
using Loyalty.Benchmarks.Journal;
using Loyalty.Benchmarks.Members;
using Loyalty.Benchmarks.Runtime;

// Load-style verbs print what BenchmarkDotNet cannot (percentiles, durability against a real
// PostgreSQL); everything else goes to BenchmarkDotNet.
switch (args.FirstOrDefault())
{
    case "calls":
        await GrainCallLoad.RunAsync(args);
        return 0;
    case "purchases":
        await PurchaseLoad.RunAsync(args);
        return 0;
    case "campaigns":
        await CampaignPurchaseLoad.RunAsync(args);
        return 0;
    case "journal":
        return await JournalAppendBenchmark.RunAsync(args[1..]);
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
}

/// <summary>Entry point of the benchmark suites.</summary>
public partial class Program;
