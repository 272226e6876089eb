namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// The scores of one leaderboard by member id: a board's journal snapshot, and the whole-board grain state earlier
/// versions wrote (still read to carry such boards over), so its JSON shape must stay readable for both.
/// </summary>
public sealed class LeaderboardState
{
    /// <summary>Each member's latest score.</summary>
    public Dictionary<string, LeaderboardScore> Scores { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Folds a recorded write into the state, in place. Scores are absolute and the newer version wins, so an event
    /// applied on top of a snapshot that already holds some of its scores changes nothing it should not.
    /// </summary>
    public static LeaderboardState Apply(LeaderboardState state, LeaderboardScoresRecorded recorded)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(recorded);
        foreach (var score in recorded.Scores)
        {
            if (score.Supersedes(state.Scores.GetValueOrDefault(score.MemberId)))
            {
                state.Scores[score.MemberId] = score;
            }
        }

        return state;
    }
}
