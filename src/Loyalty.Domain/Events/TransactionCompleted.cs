using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>A client transaction was applied; replays of it return <paramref name="Result"/>.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The idempotency key.</param>
/// <param name="RequestHash">SHA-256 of the command's canonical JSON.</param>
/// <param name="Result">The result returned.</param>
public sealed record TransactionCompleted(DateTimeOffset At, string TransactionId, string RequestHash, CommandResult Result) : IMemberEvent;
