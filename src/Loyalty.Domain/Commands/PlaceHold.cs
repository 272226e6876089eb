using Loyalty.Domain.Members;

namespace Loyalty.Domain.Commands;

/// <summary>Reserve points or cashback for a checkout; the transaction id becomes the hold id.</summary>
/// <param name="TransactionId">Idempotency key and hold id.</param>
/// <param name="Wallet">Which wallet.</param>
/// <param name="Amount">Units to hold.</param>
/// <param name="ExpiresAt">When the hold lapses unless captured.</param>
public sealed record PlaceHold(string TransactionId, Wallet Wallet, long Amount, DateTimeOffset ExpiresAt) : MemberCommand(TransactionId);
