namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// The scores a board took since its previous write, each member's newest: one journal event per write, so writing a
/// board costs what changed since, not every member it holds.
/// </summary>
/// <param name="Scores">One score per member, in no particular order.</param>
public sealed record LeaderboardScoresRecorded(IReadOnlyList<LeaderboardScore> Scores);
