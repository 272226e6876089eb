namespace Loyalty.Domain.Commands;

/// <summary>Turn a hold into a redemption.</summary>
/// <param name="TransactionId">Idempotency key.</param>
/// <param name="HoldId">The hold.</param>
public sealed record CaptureHold(string TransactionId, string HoldId) : MemberCommand(TransactionId);
