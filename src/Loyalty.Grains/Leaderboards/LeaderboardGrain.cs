using Loyalty.Runtime;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// One leaderboard: the latest score per member (by the member's journal version), persisted after
/// each batch, ranked in memory. Scores are absolute, so batches may arrive twice or out of order.
/// </summary>
public sealed class LeaderboardGrain(
    [PersistentState("leaderboard", LoyaltyStorage.Name)] IPersistentState<LeaderboardState> state) : Grain, ILeaderboardGrain
{
    /// <summary>Most entries one read returns.</summary>
    public const int MaxTop = 100;

    private readonly LeaderboardRanking _ranking = new();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var score in state.State.Scores.Values)
        {
            _ranking.Set(null, score);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task SubmitAsync(IReadOnlyList<LeaderboardScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var changed = false;
        foreach (var score in scores)
        {
            var previous = state.State.Scores.GetValueOrDefault(score.MemberId);
            if (previous is not null && previous.Version >= score.Version)
            {
                continue;
            }

            _ranking.Set(previous, score);
            state.State.Scores[score.MemberId] = score;
            changed = true;
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<LeaderboardView> GetAsync(int count, string? memberId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxTop);
        var own = memberId is null ? null : _ranking.RankOf(state.State.Scores.GetValueOrDefault(memberId));
        return Task.FromResult(new LeaderboardView(this.GetPrimaryKeyString(), _ranking.Count, _ranking.Top(count), own));
    }
}
