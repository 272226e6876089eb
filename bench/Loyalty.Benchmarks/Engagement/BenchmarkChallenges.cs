using Loyalty.Domain.Challenges;
using Loyalty.Domain.Programs;

namespace Loyalty.Benchmarks.Engagement;

/// <summary>
/// Ten challenges every benchmark purchase takes part in (automatic, windows around the clock, goals
/// out of reach), so each purchase pays for ten live challenges, three of them feeding leaderboards.
/// </summary>
internal static class BenchmarkChallenges
{
    // BENCH_NO_BOARDS=1 keeps the challenges but ranks nobody, to show what the leaderboard feed costs.
    private static readonly string? NoBoards = Environment.GetEnvironmentVariable("BENCH_NO_BOARDS");

    public static ProgramDefinition Without { get; } = ExamplePrograms.Default with { Challenges = [] };

    public static ProgramDefinition WithTen { get; } = ExamplePrograms.Default with { Challenges = [.. Ten()] };

    private static IEnumerable<ChallengeDefinition> Ten()
    {
        var (from, to) = (new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31));
        var reward = new ChallengeReward(100, "bench", null);
        ChallengeDefinition Of(string id, ChallengeKind kind, decimal target, string[]? categories = null, string[]? skus = null, StreakUnit unit = StreakUnit.Days, bool board = false) =>
            new(id, id, kind, from, to, false, target, categories, skus, 0m, unit, reward, board && NoBoards is null);

        yield return Of("spend-all", ChallengeKind.Spend, 1_000_000_000m, board: true);
        yield return Of("spend-tech", ChallengeKind.Spend, 1_000_000_000m, ["electronics"], board: true);
        yield return Of("spend-bakery", ChallengeKind.Spend, 1_000_000_000m, ["bakery"]);
        yield return Of("spend-dairy", ChallengeKind.Spend, 1_000_000_000m, ["dairy"]);
        yield return Of("visits", ChallengeKind.Visits, 10_000m, board: true);
        yield return Of("visits-tech", ChallengeKind.Visits, 10_000m, ["electronics"]);
        yield return Of("streak-days", ChallengeKind.Streak, 366m);
        yield return Of("streak-weeks", ChallengeKind.Streak, 52m, ["dairy"], unit: StreakUnit.Weeks);
        yield return Of("set-breakfast", ChallengeKind.SkuSet, 0m, skus: ["BREAD", "MILK", "JAM"]);
        yield return Of("set-tech", ChallengeKind.SkuSet, 0m, skus: ["TV-55", "HDMI", "SOUNDBAR"]);
    }
}
