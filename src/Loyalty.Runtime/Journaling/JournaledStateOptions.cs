namespace Loyalty.Runtime.Journaling;

/// <summary>How often <see cref="JournaledState{TState, TEvent}"/> snapshots, and whether events behind a snapshot stay.</summary>
public sealed class JournaledStateOptions
{
    /// <summary>
    /// Least events between snapshots; 0 or less turns snapshots off. Shorter replays cost more snapshot writes. A
    /// snapshot also waits until the events since the previous one weigh as much as it did, so a large state is not
    /// rewritten every interval.
    /// </summary>
    public int SnapshotInterval { get; set; } = 100;

    /// <summary>
    /// Deletes the events before each snapshot once it is stored (<see cref="IEventJournal.DeleteEventsBeforeSnapshotAsync"/>):
    /// for grains whose state is all that matters (a leaderboard), so what their stream holds stays about the size of their state.
    /// Off by default: a member's events are its history.
    /// </summary>
    public bool DeleteEventsBeforeSnapshots { get; set; }
}
