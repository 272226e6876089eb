using Loyalty.Domain.Members;

namespace Loyalty.Silo.Apis.Contracts;

/// <summary>Returns a purchase, whole (no <paramref name="LineIds"/>) or by line.</summary>
public sealed record ReturnRequest(string PurchaseTransactionId, IReadOnlyList<string>? LineIds = null, string? TransactionId = null);

/// <summary>Spends points or cashback (cashback in minor units).</summary>
public sealed record RedeemRequest(Wallet Wallet, long Amount, string? TransactionId = null);

/// <summary>Reserves points or cashback until <paramref name="ExpiresAt"/>; the transaction id becomes the hold id.</summary>
public sealed record HoldRequest(Wallet Wallet, long Amount, DateTimeOffset ExpiresAt, string? TransactionId = null);

/// <summary>Captures or releases a hold.</summary>
public sealed record HoldActionRequest(string? TransactionId = null);
