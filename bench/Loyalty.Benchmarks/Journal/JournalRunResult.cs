using System.Diagnostics;
using System.Globalization;

namespace Loyalty.Benchmarks.Journal;

/// <summary>The figures of one measured run.</summary>
internal sealed record JournalRunResult(string Label, int Appends, TimeSpan Elapsed, double AppendsPerSecond, double P50Ms, double P99Ms, long Commits, double MeanBatch)
{
    public static JournalRunResult From(string label, long[] latencyTicks, TimeSpan elapsed, long commits, double meanBatch)
    {
        var sorted = latencyTicks.Select(t => t * 1000.0 / Stopwatch.Frequency).Order().ToArray();
        return new JournalRunResult(label, sorted.Length, elapsed, sorted.Length / elapsed.TotalSeconds,
            sorted[(int)(sorted.Length * 0.50)], sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))], commits, meanBatch);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Label,-22} appends={Appends,8} time={Elapsed.TotalSeconds,6:F2}s appends/s={AppendsPerSecond,9:F0} p50={P50Ms,7:F2}ms p99={P99Ms,7:F2}ms commits={Commits,7} mean batch={MeanBatch,7:F1}");
}
