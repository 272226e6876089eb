using System.Diagnostics;
using System.Globalization;
using Loyalty.Benchmarks.Journal;
using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Grains;
using Loyalty.Grains.Campaigns;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Leaderboards;
using Loyalty.Grains.Members;
using Loyalty.Grains.Programs;
using Loyalty.Runtime;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Benchmarks.Engagement;

/// <summary>
/// Purchases per second on one silo with nothing, with three live flash campaigns, and with three
/// campaigns plus ten active challenges, measured in alternating rounds on fresh members so state
/// growth favours none. Memory journal and storage unless LOYALTY_BENCH_POSTGRES names a database (as a
/// deployed silo runs). Verb: <c>campaigns [seconds per round]</c>.
/// </summary>
public static class CampaignPurchaseLoad
{
    private const int MembersPerCaller = 10;
    private const int Rounds = 5;

    // BENCH_CALLERS=<n> runs n concurrent callers instead of 100 (each with its own ten members): with 100 the two cores
    // still idle about a fifth of the time, waiting on group commits; more callers move the silo toward saturation.
    private static readonly int Callers = int.TryParse(Environment.GetEnvironmentVariable("BENCH_CALLERS"), CultureInfo.InvariantCulture, out var callers) && callers > 0 ? callers : 100;

    // BENCH_ONLY=0|1|2 measures one setup alone (for profiling); LOYALTY_BENCH_POSTGRES=<connection string> keeps
    // the journal, snapshots, storage and reminders in PostgreSQL instead of the silo's heap, as a deployed silo does.
    private static readonly int? Only = int.TryParse(Environment.GetEnvironmentVariable("BENCH_ONLY"), CultureInfo.InvariantCulture, out var only) ? only : null;
    private static readonly string? Postgres = Environment.GetEnvironmentVariable("LOYALTY_BENCH_POSTGRES");

    internal static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2026, 3, 4, 18, 0, 0, TimeSpan.Zero));

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        RoundCosts.Listen();
        using var commits = new BatchSizeListener();
        // A manual clock: every run starts at the same moment (campaign windows, dates, streak periods) and it moves only
        // while rounds run, with real time (docs/benchmarks-engagement.md).
        await using var cluster = new TestClusterBuilder()
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock))
            .ConfigureSilo(silo =>
            {
                silo.AddLoyaltyGrains();
                if (Postgres is null)
                {
                    silo.AddMemoryGrainStorage(LoyaltyStorage.Name).AddMemoryJournal().AddMemoryReminderTable();
                }
                else
                {
                    silo.UsePostgres(Postgres).AddPostgresGrainStorage(LoyaltyStorage.Name, options => options.ConnectionString = Postgres);
                }
            })
            .Build();
        await cluster.DeployAsync();
        var program = cluster.GrainFactory.GetGrain<IProgramGrain>("default");
        var boards = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("any").GetGrainId().Type;
        // Every setup's code is warmed before anything is measured: with one warm-up, the first round still paid for the
        // JIT's later tiers, and it always fell to setup 0 (about 25 % below its later rounds).
        for (var setup = 0; setup < 3; setup++)
        {
            await program.PublishAsync(setup == 2 ? BenchmarkChallenges.WithTen : BenchmarkChallenges.Without);
            if (setup > 0)
            {
                await LaunchAsync(cluster, $"warmup-{setup}");
            }

            await MeasureAsync(cluster, $"warmup{setup}", TimeSpan.FromSeconds(4));
            if (setup > 0)
            {
                await StopAsync(cluster, $"warmup-{setup}");
            }
        }

        // The three setups take turns leading, so neither warm-up nor the growing number of resident
        // members favours one of them.
        var figures = new[] { new List<double>(), new List<double>(), new List<double>() };
        var stolen = new[] { new List<double>(), new List<double>(), new List<double>() };
        var cpu = new[] { new List<double>(), new List<double>(), new List<double>() };
        for (var round = 0; round < Rounds; round++)
        {
            for (var turn = 0; turn < 3; turn++)
            {
                var setup = (round + turn) % 3;
                if (Only is { } only && only != setup)
                {
                    continue;
                }

                await program.PublishAsync(setup == 2 ? BenchmarkChallenges.WithTen : BenchmarkChallenges.Without);
                if (setup > 0)
                {
                    await LaunchAsync(cluster, $"{round}-{setup}");
                }

                // Members of earlier setups go idle, as they would in production, so resident state does not pile up. Boards
                // stay, writing every 2 s as the clock moves: a board fed all the time stays active in production, and
                // reloading every member's score each round charged setup 2 a cost that grew with the board (at 1,000
                // callers, 50,000 members by the fifth round).
                await cluster.DeactivateAllAsync(grain => grain.Type != boards);
                var costs = RoundCosts.Start();
                commits.TakeAndReset();
                var steal = HostSteal.Now();
                figures[setup].Add(await MeasureAsync(cluster, $"setup{setup}-{round}", TimeSpan.FromSeconds(seconds)));
                stolen[setup].Add(HostSteal.PercentSince(steal));
                cpu[setup].Add(costs.CpuPerPurchase(figures[setup][^1] * seconds));
                var (batches, appendsPerCommit, small) = commits.TakeAndReset();
                Console.WriteLine($"  setup {setup}: {figures[setup][^1]:N0}/s; {costs.PerPurchase(figures[setup][^1] * seconds)}, heap {GC.GetTotalMemory(false) / 1_048_576:N0} MiB, gen2 {GC.CollectionCount(2)}; "
                    + $"{appendsPerCommit:N1} appends per commit, {small:N0} of {batches:N0} commits below bulk copy; host steal {stolen[setup][^1]:F1} %");
                if (RoundCosts.TopAllocations(figures[setup][^1] * seconds) is { Length: > 0 } types)
                {
                    Console.WriteLine(types);
                }
                if (setup > 0)
                {
                    await StopAsync(cluster, $"{round}-{setup}");
                }
            }
        }

        var (none, campaigns, engaged) = (figures[0], figures[1], figures[2]);
        var feed = cluster.Services.GetRequiredService<LeaderboardFeed>();
        await feed.FlushAsync();
        Console.WriteLine($"callers={Callers} members/round={Callers * MembersPerCaller} seconds/round={seconds} rounds={Rounds} cores={Environment.ProcessorCount} journal={(Postgres is null ? "memory" : "postgres")}");
        Report("nothing live:                   ", none, none);
        Report("3 live campaigns:               ", campaigns, none);
        Report("3 campaigns + 10 challenges:    ", engaged, none);
        var (quietNone, quietCampaigns, quietEngaged) = (Quiet(none, stolen[0]), Quiet(campaigns, stolen[1]), Quiet(engaged, stolen[2]));
        if (quietNone.Count < none.Count || quietCampaigns.Count < campaigns.Count || quietEngaged.Count < engaged.Count)
        {
            Console.WriteLine($"rounds the host took under {QuietSteal} % of the CPU from:");
            Report("  nothing live:                 ", quietNone, quietNone);
            Report("  3 live campaigns:             ", quietCampaigns, quietNone);
            Report("  3 campaigns + 10 challenges:  ", quietEngaged, quietNone);
        }

        ReportCpu(cpu);
        Console.WriteLine($"leaderboard scores posted={feed.Posted:N0} batches sent={feed.Batches:N0}");
    }

    // CPU per purchase wanders far less between runs than purchases per second (RoundCosts), and once the cores are busy
    // the slowdown approaches one minus the inverse of its ratio, so the ratio is the steadier figure to compare runs by.
    // It is the whole process's: the in-process callers' share is the same in every setup.
    private static void ReportCpu(List<double>[] cpu)
    {
        string[] names = ["nothing live", "3 campaigns", "3 campaigns + 10 challenges"];
        var medians = cpu.Select(rounds => rounds.Count == 0 ? (double?)null : Median(rounds)).ToArray();
        var parts = medians
            .Select((median, setup) => median is not { } micros ? null
                : $"{names[setup]} {micros:N0} µs" + (setup > 0 && medians[0] is { } none ? $" (×{micros / none:F2})" : ""))
            .OfType<string>();
        Console.WriteLine($"process CPU per purchase, median of rounds: {string.Join("; ", parts)}");

        // The same as a cost per live feature: unlike the ratio, it does not grow when the plain purchase gets cheaper.
        if (medians is [{ } plain, { } withCampaigns, { } withChallenges])
        {
            var (campaigns, challenges) = (Campaigns("count").Count(), BenchmarkChallenges.WithTen.Challenges.Count);
            Console.WriteLine($"process CPU per purchase per live feature: {(withCampaigns - plain) / campaigns:N1} µs a campaign, "
                + $"{(withChallenges - withCampaigns) / challenges:N1} µs a challenge the purchase advances");
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    // Rounds in which the hypervisor took less than this share of the CPU (see HostSteal).
    private const double QuietSteal = 2.0;

    private static List<double> Quiet(List<double> rounds, List<double> steal) => [.. rounds.Where((_, i) => steal[i] < QuietSteal)];

    private static void Report(string label, List<double> rounds, List<double> baseline)
    {
        if (rounds.Count > 0)
        {
            var slowdown = baseline.Count > 0 ? $"  slowdown {(1 - (rounds.Average() / baseline.Average())) * 100:F1} %" : "";
            Console.WriteLine($"{label}{rounds.Average():N0} purchases/s  (rounds: {string.Join(", ", rounds.Select(r => r.ToString("N0", CultureInfo.InvariantCulture)))}){slowdown}");
        }
    }

    private static async Task<double> MeasureAsync(TestCluster cluster, string round, TimeSpan duration)
    {
        // Enrolled before the clock starts, at most as many at once as there are callers: 10,000 activations reading their
        // journal at once could wait past the connection pool's timeout (100 connections, 15 s).
        var members = Enumerable.Range(0, Callers * MembersPerCaller).Select(i => cluster.GrainFactory.GetGrain<IMemberGrain>($"{round}-{i}")).ToArray();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, members.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Callers },
            async (i, _) => await members[i].EnrollAsync(new EnrollMember($"enroll-{round}-{i}", $"{round}-{i}", MemberProfile.Empty)));
        var counts = new long[Callers];
        using var stopTicking = new CancellationTokenSource();
        var ticking = FollowRealTimeAsync(stopTicking.Token);
        var clock = Stopwatch.StartNew();
        try
        {
            await PurchaseUntilAsync(members, counts, clock, duration);
            return counts.Sum() / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await stopTicking.CancelAsync();
            await ticking;
        }
    }

    // Each caller buys for its own members in turn until the round's time is up.
    private static Task PurchaseUntilAsync(IMemberGrain[] members, long[] counts, Stopwatch clock, TimeSpan duration) =>
        Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var i = 0;
            for (; clock.Elapsed < duration; i++)
            {
                var outcome = await members[(caller * MembersPerCaller) + (i % MembersPerCaller)].PurchaseAsync(Basket($"{caller}-{i}", i));
                if (outcome.IsRejected)
                {
                    throw new InvalidOperationException(outcome.Rejection!.Message);
                }
            }

            counts[caller] = i;
        })));

    // The manual clock moves with real time while a round runs, so what runs on timers does as in production: each board
    // writes its changes every 2 s (with the clock standing still it wrote only when deactivated).
    private static async Task FollowRealTimeAsync(CancellationToken stop)
    {
        // By the time that really passed, not by the step: a delay takes at least its step, so the clock would fall behind.
        var (real, followed) = (Stopwatch.StartNew(), TimeSpan.Zero);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var now = real.Elapsed;
            Clock.Advance(now - followed);
            followed = now;
        }
    }

    // Three lines so line targeting has work: one qualifies for the electronics campaign.
    internal static RecordPurchase Basket(string transactionId, int i) => new(transactionId, new Purchase(
        Clock.GetUtcNow(),
        "store-1",
        "store",
        null,
        "EUR",
        [
            new PurchaseLine("1", "BREAD", "bakery", 1, 3m + (i % 7)),
            new PurchaseLine("2", "TV-55", "electronics", 1, 400m),
            new PurchaseLine("3", "MILK", "dairy", 2, 2.5m),
        ]));

    internal static IEnumerable<(string Id, CampaignDefinition Definition)> Campaigns(string round)
    {
        var now = Clock.GetUtcNow();
        var targeting = CampaignTargeting.Everyone;
        yield return ($"double-tech-{round}", new CampaignDefinition("double tech", now, now.AddDays(1), targeting with { Categories = ["electronics"] }, CampaignEffect.Multiply(2m), 1_000_000_000, PerPurchaseCap: 500));
        yield return ($"store-bonus-{round}", new CampaignDefinition("store bonus", now, now.AddDays(1), targeting with { Stores = ["store-1"] }, CampaignEffect.Bonus(25), 1_000_000_000, PerMemberCap: 1_000_000));
        yield return ($"bronze-dairy-{round}", new CampaignDefinition("bronze dairy", now, now.AddDays(1), targeting with { Tiers = ["Bronze"], Categories = ["dairy"] }, CampaignEffect.Multiply(3m), 1_000_000_000));
    }

    private static async Task LaunchAsync(TestCluster cluster, string round)
    {
        foreach (var (id, definition) in Campaigns(round))
        {
            var campaign = cluster.GrainFactory.GetGrain<ICampaignGrain>(id);
            await campaign.DefineAsync(definition);
            await campaign.LaunchAsync();
        }
    }

    private static async Task StopAsync(TestCluster cluster, string round)
    {
        foreach (var (id, _) in Campaigns(round))
        {
            var status = await cluster.GrainFactory.GetGrain<ICampaignGrain>(id).StopAsync();
            Console.WriteLine($"  {id}: awarded={status.Totals.Awarded:N0} purchases={status.Totals.Purchases:N0} lease requests={status.LeaseRequests:N0}");
        }
    }
}
