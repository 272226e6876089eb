namespace Loyalty.Grains.Leaderboards;

/// <summary>The persisted scores of one leaderboard by member id.</summary>
public sealed class LeaderboardState
{
    /// <summary>Each member's latest score.</summary>
    public Dictionary<string, LeaderboardScore> Scores { get; set; } = new(StringComparer.Ordinal);
}
