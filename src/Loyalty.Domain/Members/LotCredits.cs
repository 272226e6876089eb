using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Members;

/// <summary>Makes new lots: pending and expiry from the wallet policy; claw-back debt is repaid first.</summary>
internal static class LotCredits
{
    public static LotCredit New(MemberState state, Wallet wallet, long amount, WalletPolicy policy, DateTimeOffset now) => new(
        state.NextLotId,
        wallet,
        amount,
        Math.Min(amount, state.TotalsOf(wallet).Debt),
        now.AddDays(policy.PendingDays),
        policy.ExpiryDays is { } days ? now.AddDays(days) : null);
}
