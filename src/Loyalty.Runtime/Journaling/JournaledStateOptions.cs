namespace Loyalty.Runtime.Journaling;

/// <summary>How often <see cref="JournaledState{TState, TEvent}"/> snapshots.</summary>
public sealed class JournaledStateOptions
{
    /// <summary>
    /// Least events between snapshots; 0 or less turns snapshots off. Shorter replays cost more snapshot writes. A
    /// snapshot also waits until the events since the previous one weigh as much as it did, so a large state is not
    /// rewritten every interval.
    /// </summary>
    public int SnapshotInterval { get; set; } = 100;
}
