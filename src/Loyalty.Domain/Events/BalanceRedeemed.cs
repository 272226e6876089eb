using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>Points or cashback were spent, drawn from the lots closest to expiry first.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The redemption.</param>
/// <param name="Wallet">The wallet spent from.</param>
/// <param name="Amount">Units spent.</param>
/// <param name="Draws">Units taken per lot.</param>
public sealed record BalanceRedeemed(DateTimeOffset At, string TransactionId, Wallet Wallet, long Amount, IReadOnlyList<LotDraw> Draws) : IMemberEvent;
