using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;

namespace Loyalty.Benchmarks.Engagement;

/// <summary>
/// What one measured round cost per purchase: the process's CPU time (the silo's and the in-process callers', whose
/// share is the same in every setup), bytes allocated, bytes that survived a gen0 collection, and GC pause.
/// Throughput on a shared 2-core machine wanders by ±10 % between rounds; these move far less, so they show whether
/// a change made a setup cheaper when purchases per second cannot.
/// </summary>
internal sealed class RoundCosts
{
    // BENCH_ALLOC_TYPES=1 also samples allocations by type (the runtime's allocation tick, about one per 100 KB) and
    // prints the largest per purchase after each round: slower, for finding what a setup allocates, not for figures.
    private static readonly bool SampleTypes = Environment.GetEnvironmentVariable("BENCH_ALLOC_TYPES") == "1";

    private static readonly PromotionListener Promotions = new();

    private readonly TimeSpan _cpu = ProcessorTime();
    private readonly TimeSpan _pause = GC.GetTotalPauseDuration();
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly long _promoted = Promotions.PromotedFromGen0;
    private readonly int[] _collections = Collections();
    private readonly long _jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _jitTime = System.Runtime.JitInfo.GetCompilationTime();

    /// <summary>Starts listening to the runtime's GC events; call before the first round so it misses none.</summary>
    public static void Listen() => _ = Promotions.PromotedFromGen0;

    /// <summary>Starts counting.</summary>
    public static RoundCosts Start()
    {
        Promotions.SampledByType.Clear();
        return new();
    }

    /// <summary>With BENCH_ALLOC_TYPES=1, the types that took most of the sampled allocations since <see cref="Start"/>.</summary>
    public static string TopAllocations(double purchases, int count = 15) =>
        !SampleTypes ? "" : string.Join(Environment.NewLine, Promotions.SampledByType
            .OrderByDescending(type => type.Value)
            .Take(count)
            .Select(type => $"    {type.Value / purchases,8:N0} B  {type.Key}"));

    /// <summary>The process's CPU time since <see cref="Start"/>, in microseconds per purchase.</summary>
    public double CpuPerPurchase(double purchases) => (ProcessorTime() - _cpu).TotalMicroseconds / purchases;

    /// <summary>The costs since <see cref="Start"/>, per purchase.</summary>
    public string PerPurchase(double purchases) =>
        $"{CpuPerPurchase(purchases):N0} µs CPU, "
        + $"{(GC.GetTotalAllocatedBytes() - _allocated) / purchases / 1024:N1} KiB allocated, "
        + $"{(Promotions.PromotedFromGen0 - _promoted) / purchases / 1024:N1} KiB survived gen0 per purchase; "
        + $"GC pause {(GC.GetTotalPauseDuration() - _pause).TotalMilliseconds:N0} ms in {CollectionsSince()} collections; "
        + $"{System.Runtime.JitInfo.GetCompiledMethodCount() - _jitted:N0} methods JIT-compiled in {(System.Runtime.JitInfo.GetCompilationTime() - _jitTime).TotalMilliseconds:N0} ms";

    // Gen0 only, gen1 and gen2 collections, each counted once (the runtime counts a gen1 collection in gen0's count too).
    private static int[] Collections() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private string CollectionsSince()
    {
        var now = Collections();
        var (gen0, gen1, gen2) = (now[0] - _collections[0], now[1] - _collections[1], now[2] - _collections[2]);
        return $"{gen0 - gen1}·{gen1 - gen2}·{gen2} (gen0·1·2)";
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    // The runtime reports each collection's promoted bytes in its GC heap statistics event.
    private sealed class PromotionListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private long _promotedFromGen0;

        public long PromotedFromGen0 => Interlocked.Read(ref _promotedFromGen0);

        public ConcurrentDictionary<string, long> SampledByType { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, SampleTypes ? EventLevel.Verbose : EventLevel.Informational, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCHeapStats", StringComparison.Ordinal) == true
                && eventData.PayloadNames?.IndexOf("TotalPromotedSize0") is >= 0 and var index)
            {
                Interlocked.Add(ref _promotedFromGen0, Convert.ToInt64(eventData.Payload![index], System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
                && eventData.PayloadNames?.IndexOf("TypeName") is >= 0 and var typeIndex
                && eventData.PayloadNames.IndexOf("AllocationAmount64") is >= 0 and var amountIndex)
            {
                var amount = Convert.ToInt64(eventData.Payload![amountIndex], System.Globalization.CultureInfo.InvariantCulture);
                SampledByType.AddOrUpdate((string)eventData.Payload[typeIndex]!, amount, (_, sum) => sum + amount);
            }
        }
    }
}
