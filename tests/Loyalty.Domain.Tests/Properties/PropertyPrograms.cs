using Loyalty.Domain.Challenges;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Properties;

/// <summary>Two versions of a program exercising every wallet feature; histories switch between them.</summary>
internal static class PropertyPrograms
{
    public static ProgramDefinition Version1 { get; } = TestPrograms.Plain with
    {
        Points = new WalletPolicy(3, 60),
        Cashback = new WalletPolicy(3, 90),
        Earn = new EarnPolicy(1.3m, [new EarnMultiplier(EarnDimension.Category, "fresh", 2m)]),
        Tiers = TestPrograms.Plain.Tiers with
        {
            WindowDays = 60,
            PeriodDays = 30,
            Levels = [new("Bronze", 0m, 1m, 0m, 0m), new("Silver", 200m, 1.25m, 1m, 0m), new("Gold", 600m, 1.5m, 2.5m, 5m)],
        },
        Discounts = new DiscountProgram(DiscountKind.Cumulative, 0m, [new(500m, 2m)]),
        Bonuses = new BonusPolicy(50, 20),
        Rules =
        [
            TestPrograms.Rule("big", [new PurchaseAmountCondition(100m, null)], new AddPointsEffect(33, null)),
            TestPrograms.Always("toys", new MultiplyPointsEffect(3m, TestPrograms.Categories("toys")), new CashbackPercentEffect(3.3m, TestPrograms.Categories("toys"))),
            TestPrograms.Always("coffee", new ProgressChallengeEffect("coffees", ProgressMeasure.Visits, TestPrograms.Categories("coffee")), new AwardBadgeEffect("coffee-fan")),
        ],
        Challenges = [.. EveryChallengeKind()],
    };

    public static ProgramDefinition Version2 { get; } = Version1 with
    {
        Version = 2,
        Tiers = Version1.Tiers with { Basis = TierBasis.PointsEarned, Downgrade = DowngradePolicy.Recompute },
        Rules = [TestPrograms.Always("fixed", new FixedDiscountEffect(3m), new AddPointsEffect(7, TestPrograms.Categories("fresh")))],
    };

    public static string[] Categories { get; } = ["fresh", "toys", "coffee", "food"];

    /// <summary>One challenge of each kind (one opt-in), over the whole history, each paying points, so rewards mix into conservation.</summary>
    private static IEnumerable<ChallengeDefinition> EveryChallengeKind()
    {
        var (from, to) = (new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31));
        yield return new("spend", "Spend", ChallengeKind.Spend, from, to, false, 400m, ["fresh", "toys"], null, 0m, StreakUnit.Days, new(120, "spender", null), true);
        yield return new("visits", "Visits", ChallengeKind.Visits, from, to, true, 4m, null, null, 20m, StreakUnit.Days, new(60, null, "offer-1"), true);
        yield return new("streak", "Streak", ChallengeKind.Streak, from, to, false, 3m, ["coffee"], null, 0m, StreakUnit.Days, new(90, "regular", "offer-2"), false);
        yield return new("set", "Set", ChallengeKind.SkuSet, from, to, false, 0m, null, ["sku-1", "sku-3", "sku-5"], 0m, StreakUnit.Days, new(45, "collector", null), false);
    }
}
