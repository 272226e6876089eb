using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Commands;

/// <summary>Evaluate a purchase as a dry run: the same result as <see cref="RecordPurchase"/>, no events.</summary>
/// <param name="TransactionId">Echoed in the result.</param>
/// <param name="Purchase">The basket.</param>
public sealed record QuotePurchase(string TransactionId, Purchase Purchase) : MemberCommand(TransactionId)
{
    internal override bool IsRecorded => false;
}
