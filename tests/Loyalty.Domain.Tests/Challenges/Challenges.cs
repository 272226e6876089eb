using Loyalty.Domain.Challenges;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Challenges;

/// <summary>Challenge definitions and baskets for the challenge tests; the window is the week of <see cref="Baskets.Monday10"/>.</summary>
internal static class Challenges
{
    public static DateOnly Monday { get; } = new(2026, 11, 16);

    public static ChallengeDefinition Spend(decimal target, params string[] categories) => new(
        "spend", "Spend", ChallengeKind.Spend, Monday, Monday.AddDays(6), false, target, categories.Length == 0 ? null : categories, null, 0m, StreakUnit.Days, new ChallengeReward(100, "big-spender", null), true);

    public static ChallengeDefinition Visits(int visits, decimal minimumSpend = 0m, bool optIn = false) => new(
        "visits", "Visits", ChallengeKind.Visits, Monday, Monday.AddDays(6), optIn, visits, null, null, minimumSpend, StreakUnit.Days, new ChallengeReward(50, null, "free-coffee"), true);

    public static ChallengeDefinition Streak(int length, StreakUnit unit) => new(
        "streak", "Streak", ChallengeKind.Streak, Monday, Monday.AddDays(90), false, length, ["coffee"], null, 2m, unit, new ChallengeReward(70, "regular", null), false);

    public static ChallengeDefinition SkuSet(params string[] skus) => new(
        "set", "Set", ChallengeKind.SkuSet, Monday, Monday.AddDays(6), false, 0m, null, skus, 0m, StreakUnit.Days, new ChallengeReward(0, "collector", null), false);

    public static ProgramDefinition Program(params ChallengeDefinition[] challenges) => TestPrograms.Plain with { Challenges = challenges };

    public static Purchase Skus(DateTimeOffset at, params string[] skus) => new(
        at, "store-1", "store", null, "EUR", [.. skus.Select((sku, i) => new PurchaseLine($"l{i + 1}", sku, "food", 1, 5m))]);
}
