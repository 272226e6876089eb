using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Commands;

/// <summary>Apply a purchase: earn points and cashback, grant discounts, progress challenges, maybe upgrade.</summary>
/// <param name="TransactionId">Idempotency key; also the purchase's id for later returns.</param>
/// <param name="Purchase">The basket.</param>
public sealed record RecordPurchase(string TransactionId, Purchase Purchase) : MemberCommand(TransactionId);
