using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Members;

/// <summary>Makes new lots: pending and expiry from the wallet policy; claw-back debt is repaid first.</summary>
internal static class LotCredits
{
    public static LotCredit New(MemberState state, Wallet wallet, long amount, WalletPolicy policy, DateTimeOffset now) =>
        New(state.NextLotId, state.TotalsOf(wallet).Debt, wallet, amount, policy, now);

    /// <summary>Several lots of one wallet in a row, as one event credits them: ids follow on, debt is repaid once.</summary>
    public static LotCredit[] NewInRow(MemberState state, Wallet wallet, IReadOnlyList<long> amounts, WalletPolicy policy, DateTimeOffset now)
    {
        var (lotId, debt) = (state.NextLotId, state.TotalsOf(wallet).Debt);
        var lots = new LotCredit[amounts.Count];
        for (var i = 0; i < lots.Length; i++)
        {
            lots[i] = New(lotId++, debt, wallet, amounts[i], policy, now);
            debt -= lots[i].DebtRepaid;
        }

        return lots;
    }

    private static LotCredit New(long lotId, long debt, Wallet wallet, long amount, WalletPolicy policy, DateTimeOffset now) => new(
        lotId,
        wallet,
        amount,
        Math.Min(amount, debt),
        now.AddDays(policy.PendingDays),
        policy.ExpiryDays is { } days ? now.AddDays(days) : null);
}
