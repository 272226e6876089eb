namespace Loyalty.Runtime.Journaling;

/// <summary>How often <see cref="JournaledState{TState, TEvent}"/> snapshots.</summary>
public sealed class JournaledStateOptions
{
    /// <summary>Events between snapshots; 0 or less turns snapshots off. Shorter replays cost more snapshot writes.</summary>
    public int SnapshotInterval { get; set; } = 100;
}
