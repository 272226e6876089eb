namespace Loyalty.Runtime.Journaling;

/// <summary>
/// The durable memory of one applied source transaction, unique per (grain, key): a retry with the
/// same key finds it and returns <see cref="Result"/>; a retry with a different body is recognised
/// by <see cref="RequestHash"/>.
/// </summary>
/// <param name="Key">The client's idempotency key (e.g. the transaction id).</param>
/// <param name="RequestHash">A hash of the request body that first used the key.</param>
/// <param name="Result">
/// The serialized result returned to the first request, or, when <paramref name="ResultInLastEvent"/> is set, the
/// payload of the event that holds it (empty if that event is missing).
/// </param>
/// <param name="ResultInLastEvent">
/// The result is kept once, inside the last event of the append that recorded the key, instead of a second copy
/// here: an append leaves <paramref name="Result"/> empty, and a journal handing the record back puts that event's
/// payload in <paramref name="Result"/>. Results are the largest part of a purchase; writing them twice cost bytes on
/// every purchase for the sake of a rare retry.
/// </param>
public sealed record IdempotencyRecord(string Key, string RequestHash, ReadOnlyMemory<byte> Result, bool ResultInLastEvent = false)
{
    /// <summary>A record whose result is the last event of its append.</summary>
    public static IdempotencyRecord InLastEvent(string key, string requestHash) => new(key, requestHash, ReadOnlyMemory<byte>.Empty, true);
}
