using System.Globalization;

namespace Loyalty.Benchmarks.Engagement;

/// <summary>
/// The share of CPU time the hypervisor took from this virtual machine (the "steal" of /proc/stat) over a round.
/// On a shared host it comes in bursts that slow every setup alike, but only the rounds they hit: a round with steal
/// measures the neighbours as much as the code. Zero where /proc/stat does not exist.
/// </summary>
internal readonly record struct HostSteal(long Steal, long Total)
{
    /// <summary>The CPU counters now.</summary>
    public static HostSteal Now()
    {
        const string Stat = "/proc/stat";
        if (!File.Exists(Stat))
        {
            return default;
        }

        // "cpu  user nice system idle iowait irq softirq steal guest guest_nice", in clock ticks since boot.
        var ticks = File.ReadLines(Stat).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(value => long.Parse(value, CultureInfo.InvariantCulture)).ToArray();
        return ticks.Length < 8 ? default : new HostSteal(ticks[7], ticks.Sum());
    }

    /// <summary>Percent of CPU time stolen between <paramref name="start"/> and now.</summary>
    public static double PercentSince(HostSteal start)
    {
        var now = Now();
        var total = now.Total - start.Total;
        return total <= 0 ? 0 : 100.0 * (now.Steal - start.Steal) / total;
    }
}
