using Loyalty.Runtime;
using Loyalty.Runtime.Journaling;

namespace Loyalty.Grains.Leaderboards;

/// <summary>
/// One leaderboard: the latest score per member (by the member's journal version), ranked in memory. What changed is
/// written at most once per <see cref="PersistInterval"/> and on deactivation, as one journal event holding the changed
/// members only, with a snapshot of the whole board once those events weigh as much as the previous one. Writing the
/// whole board instead cost every write the board's size: a challenge a million members take part in was about 70 MB of
/// JSON every two seconds. A board is derived data, so a crash loses at most that interval of changes, which each
/// member's next change sends again. Scores are absolute and the newer version wins, so batches may arrive twice or out
/// of order, and a write may be repeated.
/// </summary>
public sealed class LeaderboardGrain : Grain, ILeaderboardGrain
{
    /// <summary>Most entries one read returns.</summary>
    public const int MaxTop = 100;

    /// <summary>Longest time a change waits before the board is written.</summary>
    public static readonly TimeSpan PersistInterval = TimeSpan.FromSeconds(2);

    private readonly JournaledState<LeaderboardState, LeaderboardScoresRecorded> _journal;
    private readonly IPersistentState<LeaderboardState> _legacyBoard;
    private LeaderboardRanking _ranking = new();

    // Each member's newest score not in the journal yet; the journal's state holds the rest and is only ever what it holds.
    private Dictionary<string, LeaderboardScore> _unsaved = NewScores();

    // The board also has a grain-state record, written whole by an earlier version: cleared once its scores are journaled.
    private bool _legacyBoardToClear;

    /// <summary>Creates the grain; the runtime calls this through its generated activator.</summary>
    /// <param name="journal">Where the board's changes and snapshots live.</param>
    /// <param name="serializer">Turns them into bytes.</param>
    /// <param name="legacyBoard">
    /// The whole-board grain state of earlier versions (its shape is <see cref="LeaderboardState"/>'s, so that type keeps
    /// it). Read at every activation, since an older silo may still write it during an upgrade; its newer scores are taken.
    /// </param>
    public LeaderboardGrain(
        IEventJournal journal,
        IGrainSerializer serializer,
        [PersistentState("leaderboard", LoyaltyStorage.Name)] IPersistentState<LeaderboardState> legacyBoard)
    {
        _legacyBoard = legacyBoard;
        _journal = new JournaledState<LeaderboardState, LeaderboardScoresRecorded>(
            this.GetGrainId(), journal, serializer, static () => new LeaderboardState(), LeaderboardState.Apply, SnapshotPolicy());
    }

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _journal.ReadAsync(cancellationToken);
        TakeLegacyBoard();
        RankAll();
        RegisterGrainTimer(_ => PersistAsync(), new GrainTimerCreationOptions(PersistInterval, PersistInterval));
    }

    /// <inheritdoc />
    /// <remarks>
    /// The deactivation's token is not passed on: a write that outlives the deactivation timeout is safe (a later
    /// activation's next write finds the journal moved on and merges), and cancelling it would lose the scores of members
    /// who may not change again, such as those of a challenge that has ended.
    /// </remarks>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => PersistAsync();

    /// <inheritdoc />
    public Task SubmitAsync(IReadOnlyList<LeaderboardScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        foreach (var score in scores)
        {
            Take(score);
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
        var own = memberId is null ? null : _ranking.RankOf(Current(memberId));
        return Task.FromResult(new LeaderboardView(this.GetPrimaryKeyString(), _ranking.Count, _ranking.Top(count), own));
    }

    // A snapshot as soon as the events since the last one weigh as much as it did (the journal's byte rule), not after a
    // hundred events: a board's events are its changes, so an activation then reads about twice the board at most. The
    // events behind a snapshot go, so the stream holds about twice the board instead of a write for every 2 s of its life.
    private static JournaledStateOptions SnapshotPolicy() => new() { SnapshotInterval = 1, DeleteEventsBeforeSnapshots = true };

    private static Dictionary<string, LeaderboardScore> NewScores() => new(StringComparer.Ordinal);

    private LeaderboardScore? Current(string memberId) =>
        _unsaved.GetValueOrDefault(memberId) ?? _journal.State.Scores.GetValueOrDefault(memberId);

    private void Take(LeaderboardScore score)
    {
        var current = Current(score.MemberId);
        if (score.Supersedes(current))
        {
            _unsaved[score.MemberId] = score;
            _ranking.Set(current, score);
        }
    }

    private void TakeLegacyBoard()
    {
        if (_legacyBoard.RecordExists)
        {
            foreach (var score in _legacyBoard.State.Scores.Values)
            {
                Take(score);
            }

            _legacyBoardToClear = true;
        }
    }

    private void RankAll()
    {
        _ranking = new LeaderboardRanking();
        foreach (var score in _journal.State.Scores.Values.Where(s => !_unsaved.ContainsKey(s.MemberId)))
        {
            _ranking.Set(null, score);
        }

        foreach (var score in _unsaved.Values)
        {
            _ranking.Set(null, score);
        }
    }

    private async Task PersistAsync()
    {
        if (_unsaved.Count > 0)
        {
            await AppendUnsavedAsync();
        }

        // Only once the scores it held are in the journal, which the append above has just made sure of.
        if (_legacyBoardToClear)
        {
            await ClearLegacyBoardAsync();
        }
    }

    private async Task AppendUnsavedAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            // Swapped out before the await: whatever is taken meanwhile waits for the next write.
            var pending = _unsaved;
            _unsaved = NewScores();
            try
            {
                await _journal.AppendAsync(new LeaderboardScoresRecorded([.. pending.Values]));
                return;
            }
            catch (InconsistentStateException) when (attempt == 1)
            {
                // The journal moved on without this activation: a twin activation wrote, or an earlier append whose outcome
                // was unknown did commit. Read it again, keep this one's scores where they are newer, and write those.
                KeepUnsaved(pending);
                await _journal.ReadAsync();
                DropUnsavedNoNewerThanJournal();
                RankAll();
                if (_unsaved.Count == 0)
                {
                    return;
                }
            }
            catch
            {
                KeepUnsaved(pending);
                throw;
            }
        }
    }

    private void KeepUnsaved(Dictionary<string, LeaderboardScore> pending)
    {
        foreach (var (memberId, score) in pending)
        {
            if (score.Supersedes(_unsaved.GetValueOrDefault(memberId)))
            {
                _unsaved[memberId] = score;
            }
        }
    }

    private void DropUnsavedNoNewerThanJournal()
    {
        foreach (var (memberId, score) in _unsaved.ToArray())
        {
            if (!score.Supersedes(_journal.State.Scores.GetValueOrDefault(memberId)))
            {
                _unsaved.Remove(memberId);
            }
        }
    }

    private async Task ClearLegacyBoardAsync()
    {
        try
        {
            await _legacyBoard.ClearStateAsync();
            _legacyBoardToClear = false;
        }
        catch (InconsistentStateException)
        {
            // An older silo wrote the whole board meanwhile: its newer scores are taken, journaled by the next tick, and the
            // record cleared after that.
            await _legacyBoard.ReadStateAsync();
            TakeLegacyBoard();
        }
    }
}
