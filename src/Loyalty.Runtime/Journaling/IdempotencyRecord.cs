namespace Loyalty.Runtime.Journaling;

/// <summary>
/// The durable memory of one applied source transaction, unique per (grain, key): a retry with the
/// same key finds it and returns <see cref="Result"/>; a retry with a different body is recognised
/// by <see cref="RequestHash"/>.
/// </summary>
/// <param name="Key">The client's idempotency key (e.g. the transaction id).</param>
/// <param name="RequestHash">A hash of the request body that first used the key.</param>
/// <param name="Result">The serialized result returned to the first request.</param>
public sealed record IdempotencyRecord(string Key, string RequestHash, ReadOnlyMemory<byte> Result);
