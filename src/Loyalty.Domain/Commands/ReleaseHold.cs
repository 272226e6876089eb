namespace Loyalty.Domain.Commands;

/// <summary>Give a hold's value back to the member.</summary>
/// <param name="TransactionId">Idempotency key.</param>
/// <param name="HoldId">The hold.</param>
public sealed record ReleaseHold(string TransactionId, string HoldId) : MemberCommand(TransactionId);
