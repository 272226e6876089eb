namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// Scores in rank order: best first, equal scores by member id, so the order is total and deterministic.
/// Kept beside the persisted dictionary so a top-N read walks N entries, not the whole board.
/// Changes are ranked when the board is read, or once as many members are waiting as the board holds (at least 64,
/// at most 4,096, so a read never ranks more than that first): a member whose score changes several times between reads
/// is re-ranked once, not once per change. A busy board takes far more scores than reads (every purchase moves one;
/// people look now and then), and re-ranking — two walks down a tree of every member — is the costly part of a score.
/// </summary>
internal sealed class LeaderboardRanking
{
    private const int MinimumWaiting = 64;
    private const int MaximumWaiting = 4096;

    private static readonly Comparer<LeaderboardScore> RankOrder = Comparer<LeaderboardScore>.Create((a, b) =>
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(a.MemberId, b.MemberId);
    });

    private readonly SortedSet<LeaderboardScore> ordered = new(RankOrder);

    // By member: the score the order holds for them (null: none) and their newest, not ranked yet.
    private readonly Dictionary<string, (LeaderboardScore? Ranked, LeaderboardScore Newest)> waiting = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            RankWaiting();
            return ordered.Count;
        }
    }

    /// <summary>Replaces a member's <paramref name="previous"/> score (null: none) with <paramref name="current"/>.</summary>
    public void Set(LeaderboardScore? previous, LeaderboardScore current)
    {
        waiting[current.MemberId] = waiting.TryGetValue(current.MemberId, out var known) ? (known.Ranked, current) : (previous, current);
        if (waiting.Count >= Math.Clamp(ordered.Count, MinimumWaiting, MaximumWaiting))
        {
            RankWaiting();
        }
    }

    public IReadOnlyList<LeaderboardEntry> Top(int count)
    {
        RankWaiting();
        var top = new List<LeaderboardEntry>(Math.Min(count, ordered.Count));
        var (rank, previous) = (0, (decimal?)null);
        foreach (var score in ordered)
        {
            if (top.Count == count)
            {
                break;
            }

            rank = score.Score == previous ? rank : top.Count + 1;
            previous = score.Score;
            top.Add(new LeaderboardEntry(rank, score.MemberId, score.Score));
        }

        return top;
    }

    /// <summary>The member's place: one more than the members with a strictly higher score.</summary>
    public LeaderboardEntry? RankOf(LeaderboardScore? score)
    {
        if (score is null || score.Score <= 0m)
        {
            return null;
        }

        RankWaiting();

        // Everything before the first entry with this score ranks above it.
        var firstWithScore = new LeaderboardScore(string.Empty, score.Score, 0);
        var above = ordered.Count == 0 || ordered.Min is null || RankOrder.Compare(ordered.Min, firstWithScore) >= 0
            ? 0
            : ordered.GetViewBetween(ordered.Min, firstWithScore).Count;
        return new LeaderboardEntry(above + 1, score.MemberId, score.Score);
    }

    private void RankWaiting()
    {
        foreach (var (_, (ranked, newest)) in waiting)
        {
            if (ranked is not null)
            {
                ordered.Remove(ranked);
            }

            if (newest.Score > 0m)
            {
                ordered.Add(newest);
            }
        }

        waiting.Clear();
    }
}
