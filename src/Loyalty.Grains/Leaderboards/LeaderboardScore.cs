namespace Loyalty.Grains.Leaderboards;

/// <summary>A member's score as of one point of the member's history.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Score">The member's progress (absolute, not a delta, so a lost or repeated batch does no harm).</param>
/// <param name="Version">The member's journal version the score was read at; a higher one wins.</param>
public sealed record LeaderboardScore(string MemberId, decimal Score, long Version)
{
    /// <summary>Whether this score replaces <paramref name="held"/> (the member's score held so far, null: none): only a newer version does.</summary>
    public bool Supersedes(LeaderboardScore? held) => held is null || held.Version < Version;
}

/// <summary>A place on a leaderboard.</summary>
/// <param name="Rank">1 for the best; members with equal scores share a rank (1, 2, 2, 4).</param>
/// <param name="MemberId">The member.</param>
/// <param name="Score">The score.</param>
public sealed record LeaderboardEntry(int Rank, string MemberId, decimal Score);

/// <summary>The top of a leaderboard and, if asked, one member's own place.</summary>
/// <param name="LeaderboardId">The leaderboard (the challenge id).</param>
/// <param name="Members">How many members have a score above zero.</param>
/// <param name="Top">The best members, best first; equal scores in member id order.</param>
/// <param name="Own">The member asked about; null when not asked or not ranked.</param>
public sealed record LeaderboardView(string LeaderboardId, int Members, IReadOnlyList<LeaderboardEntry> Top, LeaderboardEntry? Own);
