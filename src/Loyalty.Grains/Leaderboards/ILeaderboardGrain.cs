using Loyalty.Runtime;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// Members ranked by their progress in one challenge (the key is the challenge id). Fed in batches by
/// each silo's <see cref="LeaderboardFeed"/>, never by a purchase waiting for it.
/// </summary>
public interface ILeaderboardGrain : IGrainWithStringKey
{
    /// <summary>Takes a batch of scores; a score older than the one held for its member is ignored.</summary>
    Task SubmitAsync(IReadOnlyList<LeaderboardScore> scores);

    /// <summary>The top <paramref name="count"/> members and, when named, one member's own rank.</summary>
    [ReadOnly]
    Task<LeaderboardView> GetAsync(int count, string? memberId);
}
