namespace Loyalty.Domain.Events;

/// <summary>The purchase that earned a badge by a rule came back in full, so the badge went with it.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The return.</param>
/// <param name="BadgeId">The badge.</param>
/// <param name="PurchaseTransactionId">The purchase that had earned it.</param>
public sealed record BadgeRevoked(DateTimeOffset At, string TransactionId, string BadgeId, string PurchaseTransactionId) : IMemberEvent;
