using Loyalty.Runtime;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// One leaderboard: the latest score per member (by the member's journal version), ranked in memory
/// and persisted at most once per <see cref="PersistInterval"/> and on deactivation. Writing the whole
/// board after every batch would cost a popular board its throughput; a board is derived data, so a
/// crash loses at most that interval of changes, which each member's next change sends again.
/// Scores are absolute, so batches may arrive twice or out of order.
/// </summary>
public sealed class LeaderboardGrain(
    [PersistentState("leaderboard", LoyaltyStorage.Name)] IPersistentState<LeaderboardState> state) : Grain, ILeaderboardGrain
{
    /// <summary>Most entries one read returns.</summary>
    public const int MaxTop = 100;

    /// <summary>Longest time a change waits before the board is written.</summary>
    public static readonly TimeSpan PersistInterval = TimeSpan.FromSeconds(2);

    private readonly LeaderboardRanking _ranking = new();
    private bool _dirty;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var score in state.State.Scores.Values)
        {
            _ranking.Set(null, score);
        }

        RegisterGrainTimer(_ => PersistAsync(), new GrainTimerCreationOptions(PersistInterval, PersistInterval));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => PersistAsync();

    /// <inheritdoc />
    public Task SubmitAsync(IReadOnlyList<LeaderboardScore> scores)
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

        _dirty |= changed;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<LeaderboardView> GetAsync(int count, string? memberId)
    {
        // Read-only to callers, yet it ranks waiting changes: safe while nothing here awaits, since read-only requests
        // interleave only at awaits on the activation's one logical thread.
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxTop);
        var own = memberId is null ? null : _ranking.RankOf(state.State.Scores.GetValueOrDefault(memberId));
        return Task.FromResult(new LeaderboardView(this.GetPrimaryKeyString(), _ranking.Count, _ranking.Top(count), own));
    }

    private async Task PersistAsync()
    {
        if (!_dirty)
        {
            return;
        }

        // Cleared first: a write that fails leaves the board dirty for the next tick.
        _dirty = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            _dirty = true;
            throw;
        }
    }
}
