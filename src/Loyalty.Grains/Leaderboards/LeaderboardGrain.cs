using Loyalty.Runtime;
using Loyalty.Runtime.Journaling;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// One leaderboard: the latest score per member (by the member's journal version), ranked in memory. What changed is
/// written at most once per <see cref="PersistInterval"/> and on deactivation, as one journal event holding the changed
/// members only, with a snapshot of the whole board once those events weigh as much as the previous one. Writing the
/// whole board instead cost every write the board's size: a challenge a million members take part in was about 80 MB of
/// JSON every two seconds. A board is derived data, so a crash loses at most that interval of changes, which each
/// member's next change sends again. Scores are absolute, so batches may arrive twice or out of order.
/// </summary>
public sealed class LeaderboardGrain : Grain, ILeaderboardGrain
{
    /// <summary>Most entries one read returns.</summary>
    public const int MaxTop = 100;

    /// <summary>Longest time a change waits before the board is written.</summary>
    public static readonly TimeSpan PersistInterval = TimeSpan.FromSeconds(2);

    private readonly JournaledState<LeaderboardState, LeaderboardScoresRecorded> _journal;
    private readonly IPersistentState<LeaderboardState> _written;
    private readonly LeaderboardRanking _ranking = new();

    // Each member's newest score not in the journal yet.
    private readonly Dictionary<string, LeaderboardScore> _unsaved = new(StringComparer.Ordinal);

    // A board last written as grain state by an earlier version: taken into the journal, then deleted.
    private bool _writtenToDelete;

    /// <summary>Creates the grain; the runtime calls this through its generated activator.</summary>
    /// <param name="journal">Where the board's changes and snapshots live.</param>
    /// <param name="serializer">Turns them into bytes.</param>
    /// <param name="written">The whole-board grain state of earlier versions, read once to carry such a board over.</param>
    public LeaderboardGrain(
        IEventJournal journal,
        IGrainSerializer serializer,
        [PersistentState("leaderboard", LoyaltyStorage.Name)] IPersistentState<LeaderboardState> written)
    {
        _written = written;
        _journal = new JournaledState<LeaderboardState, LeaderboardScoresRecorded>(
            this.GetGrainId(), journal, serializer, static () => new LeaderboardState(), LeaderboardState.Apply);
    }

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _journal.ReadAsync(cancellationToken);
        if (_journal.Version == 0 && _written.RecordExists)
        {
            foreach (var score in _written.State.Scores.Values)
            {
                Take(score);
            }

            _writtenToDelete = true;
        }

        foreach (var score in _journal.State.Scores.Values)
        {
            _ranking.Set(null, score);
        }

        RegisterGrainTimer(_ => PersistAsync(), new GrainTimerCreationOptions(PersistInterval, PersistInterval));
    }

    /// <inheritdoc />
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => PersistAsync();

    /// <inheritdoc />
    public Task SubmitAsync(IReadOnlyList<LeaderboardScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        foreach (var score in scores)
        {
            var previous = _journal.State.Scores.GetValueOrDefault(score.MemberId);
            if (Take(score))
            {
                _ranking.Set(previous, score);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<LeaderboardView> GetAsync(int count, string? memberId)
    {
        // Read-only to callers, yet it ranks waiting changes: safe while nothing here awaits, since read-only requests
        // interleave only at awaits on the activation's one logical thread.
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxTop);
        var own = memberId is null ? null : _ranking.RankOf(_journal.State.Scores.GetValueOrDefault(memberId));
        return Task.FromResult(new LeaderboardView(this.GetPrimaryKeyString(), _ranking.Count, _ranking.Top(count), own));
    }

    private bool Take(LeaderboardScore score)
    {
        if (!_journal.State.Take(score))
        {
            return false;
        }

        _unsaved[score.MemberId] = score;
        return true;
    }

    private async Task PersistAsync()
    {
        if (_unsaved.Count > 0)
        {
            // The state holds these already: it is the journal's state, ahead of it by exactly what is unsaved.
            LeaderboardScoresRecorded recorded = new([.. _unsaved.Values]);
            try
            {
                await _journal.AppendAsync([recorded], _journal.State, idempotency: null);
            }
            catch (InconsistentStateException)
            {
                // Another activation wrote this board (a silo thought dead came back): this one's version is stale for
                // good, so it stops writing and goes, and the next reads the journal. The scores it drops come again
                // with each member's next change.
                _unsaved.Clear();
                DeactivateOnIdle();
                return;
            }

            // Only what was written: nothing else ran in between, since timer ticks and deactivation never interleave.
            _unsaved.Clear();
        }

        if (_writtenToDelete)
        {
            await _written.ClearStateAsync();
            _writtenToDelete = false;
        }
    }
}
