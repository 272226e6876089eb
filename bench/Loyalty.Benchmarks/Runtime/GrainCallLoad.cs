using System.Diagnostics;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;

namespace Loyalty.Benchmarks.Runtime;

/// <summary>
/// Throughput and per-call latency percentiles of local grain calls with 100 concurrent callers,
/// which BenchmarkDotNet's per-operation mean cannot show. Verb: <c>calls [seconds]</c>.
/// </summary>
public static class GrainCallLoad
{
    private const int Callers = 100;

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        await using var cluster = new TestClusterBuilder().ConfigureSilo(s => s.AddMemoryGrainStorage()).Build();
        await cluster.DeployAsync();
        var grains = Enumerable.Range(0, Callers).Select(i => cluster.GrainFactory.GetGrain<IPingGrain>(i)).ToArray();

        await MeasureAsync(grains, TimeSpan.FromSeconds(2), report: false);
        await MeasureAsync(grains, TimeSpan.FromSeconds(seconds), report: true);
    }

    private static async Task MeasureAsync(IPingGrain[] grains, TimeSpan duration, bool report)
    {
        var latencies = new List<double>[grains.Length];
        var counts = new long[grains.Length];
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(grains.Select((grain, index) => Task.Run(async () =>
        {
            var own = latencies[index] = new List<double>(1 << 20);
            var i = 0;
            for (; clock.Elapsed < duration; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await grain.PingAsync(i);
                // Sample every 16th call: recording every latency would distort what it measures.
                if ((i & 15) == 0)
                {
                    own.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }

                // Calls that complete synchronously never yield the thread; yielding now and then
                // keeps all 100 callers live at once instead of two at a time.
                if ((i & 63) == 63)
                {
                    await Task.Yield();
                }
            }

            counts[index] = i;
        })));
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        if (!report)
        {
            return;
        }

        var calls = counts.Sum();
        var sorted = latencies.SelectMany(l => l).Order().ToArray();
        Console.WriteLine($"callers={Callers} duration={clock.Elapsed.TotalSeconds:F1}s cores={Environment.ProcessorCount}");
        Console.WriteLine($"throughput={calls / clock.Elapsed.TotalSeconds:N0} calls/s");
        Console.WriteLine($"latency p50={Percentile(sorted, 0.50):F4} ms p99={Percentile(sorted, 0.99):F4} ms p99.9={Percentile(sorted, 0.999):F4} ms");
        Console.WriteLine($"allocated={allocated / (double)calls:F0} B/call (whole process, incl. the latency samples)");
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, p * sorted.Length)];
}
