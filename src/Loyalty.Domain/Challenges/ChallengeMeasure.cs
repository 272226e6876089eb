using System.Collections.Immutable;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Challenges;

/// <summary>What counts toward a challenge and how far a member is: pure functions of the definition and the aggregates.</summary>
internal static class ChallengeMeasure
{
    /// <summary>
    /// The lines of <paramref name="purchase"/> that count, and their spend; null when the purchase does
    /// not qualify. When every line counts, <paramref name="allLineIds"/> itself is returned, so the
    /// challenges of one purchase share one list; otherwise the lists are arrays of their exact size,
    /// since the purchase record keeps them for as long as it may be returned.
    /// </summary>
    public static (IReadOnlyList<string> LineIds, IReadOnlyList<string>? Skus, decimal Spend)? Count(
        ChallengeDefinition challenge, Purchase purchase, IReadOnlyList<string> allLineIds)
    {
        var lines = purchase.Lines;
        Span<bool> counts = lines.Count <= 256 ? stackalloc bool[lines.Count] : new bool[lines.Count];
        var (spend, counted) = (0m, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            counts[i] = Counts(challenge, lines[i]);
            counted += counts[i] ? 1 : 0;
            spend += counts[i] ? lines[i].Amount : 0m;
        }

        var qualifies = counted > 0
            && (challenge.Kind is not (ChallengeKind.Visits or ChallengeKind.Streak) || spend >= challenge.MinimumSpend);
        if (!qualifies)
        {
            return null;
        }

        var lineIds = counted == lines.Count ? null : new string[counted];
        var skus = challenge.Kind == ChallengeKind.SkuSet ? new string[counted] : null;
        for (int i = 0, next = 0; i < lines.Count && (lineIds ?? skus) is not null; i++)
        {
            if (!counts[i])
            {
                continue;
            }

            if (lineIds is not null)
            {
                lineIds[next] = lines[i].LineId;
            }

            if (skus is not null)
            {
                skus[next] = SetSpelling(challenge.Skus!, lines[i].Sku)!;
            }

            next++;
        }

        return (lineIds ?? allLineIds, skus, spend);
    }

    private static bool Counts(ChallengeDefinition challenge, PurchaseLine line) =>
        (challenge.Categories is not { } categories || Contains(categories, line.Category))
        && (challenge.Kind != ChallengeKind.SkuSet || SetSpelling(challenge.Skus!, line.Sku) is not null);

    /// <summary>The period number of a local date: its day number, or its week (weeks start on Monday).</summary>
    // DateOnly day 0 (0001-01-01) is a Monday, so whole weeks of day numbers are Monday-to-Sunday weeks.
    public static int PeriodOf(ChallengeDefinition challenge, DateOnly localDate) =>
        challenge.Kind != ChallengeKind.Streak ? 0 : challenge.StreakUnit == StreakUnit.Weeks ? localDate.DayNumber / 7 : localDate.DayNumber;

    /// <summary>Progress after adding a purchase (counted <paramref name="spend"/> in <paramref name="period"/>, the set's <paramref name="skus"/>) to <paramref name="current"/>.</summary>
    public static decimal ProgressWith(ChallengeState current, ChallengeKind kind, int period, IReadOnlyList<string>? skus, decimal spend) => kind switch
    {
        ChallengeKind.Spend => current.Spend + spend,
        ChallengeKind.Visits => current.Visits + 1,
        ChallengeKind.Streak => Math.Max(current.Progress, RunThrough(current.Periods, period)),
        _ => current.Skus.Count + NewSkus(current, skus!),
    };

    // A basket holds a few lines: a quadratic look-back is cheaper than a set built per purchase and challenge.
    private static int NewSkus(ChallengeState current, IReadOnlyList<string> skus)
    {
        var added = 0;
        for (var i = 0; i < skus.Count; i++)
        {
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = string.Equals(skus[j], skus[i], StringComparison.Ordinal);
            }

            added += seenBefore || current.Skus.ContainsKey(skus[i]) ? 0 : 1;
        }

        return added;
    }

    /// <summary>Progress after taking <paramref name="lines"/> (and the visit, when <paramref name="visitUndone"/>) away.</summary>
    public static decimal ProgressWithout(ChallengeState current, IReadOnlyList<ChallengeLine> lines, bool visitUndone, int period) => current.Kind switch
    {
        ChallengeKind.Spend => current.Spend - lines.Sum(line => line.Spend),
        ChallengeKind.Visits => current.Visits - (visitUndone ? 1 : 0),
        ChallengeKind.Streak => visitUndone ? LongestRun(Decrement(current.Periods, period)) : current.Progress,
        _ => current.Skus.Count(pair => pair.Value - lines.Count(line => line.Sku == pair.Key) > 0),
    };

    /// <summary>Length of the run of consecutive periods through <paramref name="period"/> once it is counted: O(run), not O(history).</summary>
    private static int RunThrough(ImmutableSortedDictionary<int, int> periods, int period)
    {
        var run = 1;
        for (var before = period - 1; periods.ContainsKey(before); before--)
        {
            run++;
        }

        for (var after = period + 1; periods.ContainsKey(after); after++)
        {
            run++;
        }

        return run;
    }

    // Only on returns; the periods are bounded by the challenge window.
    private static int LongestRun(ImmutableSortedDictionary<int, int> periods)
    {
        var (longest, run, previous) = (0, 0, int.MinValue);
        foreach (var period in periods.Keys)
        {
            run = previous != int.MinValue && period == previous + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
            previous = period;
        }

        return longest;
    }

    private static ImmutableSortedDictionary<int, int> Decrement(ImmutableSortedDictionary<int, int> periods, int period) =>
        periods.GetValueOrDefault(period) > 1 ? periods.SetItem(period, periods[period] - 1) : periods.Remove(period);

    private static bool Contains(IReadOnlyList<string> values, string value) => SetSpelling(values, value) is not null;

    // Indexed rather than foreach: enumerating an IReadOnlyList allocates, and this runs per line and challenge.
    private static string? SetSpelling(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.OrdinalIgnoreCase))
            {
                return values[i];
            }
        }

        return null;
    }
}
