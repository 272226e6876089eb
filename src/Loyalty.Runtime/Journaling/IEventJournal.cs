namespace Loyalty.Runtime.Journaling;

/// <summary>
/// Durable, append-only event streams, one per grain. An append completes only after its events
/// are committed (acknowledged = durable). Implementations may batch many grains' appends into
/// one commit; a conflict fails only the conflicting append.
/// </summary>
public interface IEventJournal
{
    /// <summary>Reads the latest snapshot and the events after it.</summary>
    Task<JournalStream> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends atomically. Throws <see cref="InconsistentStateException"/> when the expected sequence is
    /// stale and <see cref="DuplicateRequestException"/> when the idempotency key was used before;
    /// in both cases nothing is written. The events' payloads are lent until the returned task completes (they
    /// come from a pool): a journal that keeps them longer copies them.
    /// </summary>
    Task AppendAsync(JournalAppend append, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a snapshot; older snapshots of the grain may be discarded. The snapshot's bytes are lent for the call
    /// (they come from a pool): a journal that keeps them past the returned task copies them.
    /// </summary>
    Task WriteSnapshotAsync(GrainId grainId, JournalSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads stored events backwards — those before <paramref name="beforeSequence"/>, newest first, at most
    /// <paramref name="limit"/>, only of <paramref name="eventType"/> when given — for history pages.
    /// Snapshots do not shorten it: the journal keeps every event, unless the grain asked for those before a snapshot to
    /// go (<see cref="DeleteEventsBeforeSnapshotAsync"/>).
    /// </summary>
    Task<IReadOnlyList<JournalEvent>> ReadBackwardAsync(
        GrainId grainId, long beforeSequence, int limit, string? eventType = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the grain's events before <paramref name="sequence"/> if a snapshot at <paramref name="sequence"/> or later
    /// is stored (otherwise nothing): for a stream whose state is all that matters, such as a leaderboard's, never for one
    /// whose events are its history. Deleted events are no longer read, but their sequences stay taken, so an append from
    /// a stale view fails as before; the last event always stays.
    /// </summary>
    Task DeleteEventsBeforeSnapshotAsync(GrainId grainId, long sequence, CancellationToken cancellationToken = default);

    /// <summary>Finds what is stored for an idempotency key of the grain, or null.</summary>
    Task<IdempotencyRecord?> FindIdempotencyRecordAsync(GrainId grainId, string key, CancellationToken cancellationToken = default);
}
