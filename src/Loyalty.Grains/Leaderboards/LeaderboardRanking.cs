namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// Scores in rank order: best first, equal scores by member id, so the order is total and deterministic.
/// Kept beside the persisted dictionary so a top-N read walks N entries, not the whole board.
/// </summary>
internal sealed class LeaderboardRanking
{
    private static readonly Comparer<LeaderboardScore> RankOrder = Comparer<LeaderboardScore>.Create((a, b) =>
    {
        var byScore = b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : string.CompareOrdinal(a.MemberId, b.MemberId);
    });

    private readonly SortedSet<LeaderboardScore> ordered = new(RankOrder);

    public int Count => ordered.Count;

    public void Set(LeaderboardScore? previous, LeaderboardScore current)
    {
        if (previous is not null)
        {
            ordered.Remove(previous);
        }

        if (current.Score > 0m)
        {
            ordered.Add(current);
        }
    }

    public IReadOnlyList<LeaderboardEntry> Top(int count)
    {
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

        // Everything before the first entry with this score ranks above it.
        var firstWithScore = new LeaderboardScore(string.Empty, score.Score, 0);
        var above = ordered.Count == 0 || ordered.Min is null || RankOrder.Compare(ordered.Min, firstWithScore) >= 0
            ? 0
            : ordered.GetViewBetween(ordered.Min, firstWithScore).Count;
        return new LeaderboardEntry(above + 1, score.MemberId, score.Score);
    }
}
