using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Events;

/// <summary>Lines of a purchase came back; exactly what they earned was reversed.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The return's transaction id.</param>
/// <param name="PurchaseTransactionId">The purchase returned.</param>
/// <param name="LineIds">Lines returned.</param>
/// <param name="Spend">Their spend (removed from tier progress and lifetime spend).</param>
/// <param name="Points">Points reversed.</param>
/// <param name="Cashback">Cashback reversed, in minor units.</param>
/// <param name="Progress">Challenge progress undone.</param>
public sealed record PurchaseReturned(
    DateTimeOffset At,
    string TransactionId,
    string PurchaseTransactionId,
    IReadOnlyList<string> LineIds,
    decimal Spend,
    Reversal Points,
    Reversal Cashback,
    IReadOnlyList<ChallengeProgress> Progress) : IMemberEvent;
