using BenchmarkDotNet.Attributes;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Benchmarks;

/// <summary>
/// One purchase evaluation: the example program's tiers and discounts plus 50 rules, on a 5-line basket.
/// <see cref="RulesThatCanApply"/> of the 50 are open to this purchase: 50 is the stress case (37 effects apply),
/// 10 a typical one (8 apply): a program's rules mostly target other channels, stores, tiers, segments or baskets,
/// so each of the other 40 has one condition this purchase fails, of those five kinds in turn.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RuleEvaluationBenchmarks
{
    private static readonly string[] Categories = ["fresh", "electronics", "coffee", "baby", "toys", "food", "garden", "books"];

    private CompiledProgram program = null!;
    private Purchase purchase = null!;
    private MemberSnapshot member = null!;

    /// <summary>How many of the 50 rules the purchase can meet.</summary>
    [Params(50, 10)]
    public int RulesThatCanApply { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var definition = ExamplePrograms.Default with { Version = 50, Rules = [.. Enumerable.Range(0, 50).Select(i => Rule(i, i < RulesThatCanApply))] };
        program = ProgramCompiler.Compile(definition);
        purchase = new Purchase(
            new DateTimeOffset(2026, 11, 21, 18, 30, 0, TimeSpan.Zero),
            "berlin-flagship",
            "app",
            null,
            "EUR",
            [.. Enumerable.Range(0, 5).Select(i => new PurchaseLine($"l{i}", $"SKU-{i}", Categories[i], 1 + i, 9.99m * (i + 1)))]);
        member = new MemberSnapshot(
            "Gold",
            new MemberProfile(new DateOnly(1990, 11, 20), null, ["vip"], ["baby"], ["plus"]),
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            6000m,
            new HashSet<string>());
    }

    [Benchmark]
    public PurchaseEvaluation Evaluate() => program.Evaluate(purchase, member);

    private static RuleDefinition Rule(int i, bool canApply)
    {
        var category = Categories[i % Categories.Length];
        RuleCondition condition = (i % 6) switch
        {
            0 => new PurchaseAmountCondition(10m * i, null),
            1 => new LineItemsCondition(new LineScope([category], null), 2, 0m),
            2 => new TimeOfDayCondition(new TimeOnly(i % 24, 0), new TimeOnly((i + 6) % 24, 0)),
            3 => new DayOfWeekCondition([(DayOfWeek)(i % 7), DayOfWeek.Saturday]),
            4 => new TierCondition(["Gold", "Platinum"]),
            _ => new SegmentCondition(["vip", $"segment-{i}"]),
        };
        RuleEffect effect = (i % 4) switch
        {
            0 => new AddPointsEffect(10 + i, null),
            1 => new MultiplyPointsEffect(1.5m, new LineScope([category], null)),
            2 => new CashbackPercentEffect(1m, new LineScope([category], [$"SKU-{i % 5}"])),
            _ => new DiscountPercentEffect(2m, null),
        };
        RuleCondition gate = canApply ? new ChannelCondition(["app", "web"]) : Closed(i);
        return new RuleDefinition($"rule-{i:00}", i, true, i % 10 == 0 ? "group" : null, null, null, [condition, gate], [effect]);
    }

    // A condition the benchmark purchase fails (store berlin-flagship, channel app, a Gold member in segment vip, 149.85 EUR).
    private static RuleCondition Closed(int i) => (i % 5) switch
    {
        0 => new ChannelCondition(["kiosk"]),
        1 => new StoreCondition(["hamburg-outlet"]),
        2 => new TierCondition(["Platinum"]),
        3 => new SegmentCondition([$"segment-{i}"]),
        _ => new PurchaseAmountCondition(10_000m, null),
    };
}
