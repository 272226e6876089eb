using Loyalty.Domain.Members;

namespace Loyalty.Domain.Commands;

/// <summary>Spend points or cashback now (refused when the available balance is short).</summary>
/// <param name="TransactionId">Idempotency key.</param>
/// <param name="Wallet">Which wallet.</param>
/// <param name="Amount">Units: points, or minor units of cashback.</param>
public sealed record RedeemBalance(string TransactionId, Wallet Wallet, long Amount) : MemberCommand(TransactionId);
