namespace Loyalty.Runtime.Journaling;

/// <summary>
/// Events to append atomically to one grain's stream. They take the sequences
/// <see cref="ExpectedSequence"/> + 1, + 2, …; if the stream already holds any of them the append
/// fails with <see cref="InconsistentStateException"/>: the sequence number is the fencing token
/// that keeps a stale activation from writing.
/// </summary>
/// <param name="GrainId">The grain whose stream grows.</param>
/// <param name="ExpectedSequence">The last sequence the writer has seen.</param>
/// <param name="Events">The events (type name and payload), at least one.</param>
/// <param name="Idempotency">The source transaction this batch records, if any.</param>
public sealed record JournalAppend(
    GrainId GrainId,
    long ExpectedSequence,
    IReadOnlyList<(string EventType, ReadOnlyMemory<byte> Payload)> Events,
    IdempotencyRecord? Idempotency = null);
