namespace Loyalty.Runtime.Journaling;

/// <summary>What activation reads: the latest snapshot (if any) and every event after it, in order.</summary>
public sealed record JournalStream(JournalSnapshot? Snapshot, IReadOnlyList<JournalEvent> Events)
{
    /// <summary>The sequence of the last event, or of the snapshot when no event follows it; 0 for a new grain.</summary>
    public long LastSequence => Events.Count > 0 ? Events[^1].Sequence : Snapshot?.Sequence ?? 0;
}
