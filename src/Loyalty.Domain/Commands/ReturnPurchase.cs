namespace Loyalty.Domain.Commands;

/// <summary>Return a purchase, whole or by line; reverses exactly what those lines earned.</summary>
/// <param name="TransactionId">Idempotency key.</param>
/// <param name="PurchaseTransactionId">The purchase.</param>
/// <param name="LineIds">Lines returned; null returns every line not yet returned.</param>
public sealed record ReturnPurchase(string TransactionId, string PurchaseTransactionId, IReadOnlyList<string>? LineIds) : MemberCommand(TransactionId);
