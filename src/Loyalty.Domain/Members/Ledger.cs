using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>How ledger events change lots and wallet totals; every draw is bounded by what the lot holds.</summary>
internal static class Ledger
{
    public static MemberState Credit(MemberState state, LotCredit credit, string source, DateTimeOffset at)
    {
        var (lots, points, cashback) = (state.Lots, state.Points, state.Cashback);
        Append(ref lots, ref credit.Wallet == Wallet.Points ? ref points : ref cashback, credit, source, at);
        return state with { Lots = lots, Points = points, Cashback = cashback };
    }

    /// <summary>Credits lots that follow one another (a purchase's campaign bonuses) in one new state rather than one each.</summary>
    public static MemberState Credit(MemberState state, IReadOnlyList<CampaignAward> awards, string source, DateTimeOffset at)
    {
        var (lots, points, cashback) = (state.Lots, state.Points, state.Cashback);
        foreach (var award in awards)
        {
            Append(ref lots, ref award.Lot.Wallet == Wallet.Points ? ref points : ref cashback, award.Lot, source, at);
        }

        return state with { Lots = lots, Points = points, Cashback = cashback };
    }

    public static MemberState Redeem(MemberState state, BalanceRedeemed e)
    {
        var totals = state.TotalsOf(e.Wallet);
        return WithTotals(Draw(state, e.Draws, -1), e.Wallet, totals with { Redeemed = totals.Redeemed + e.Amount });
    }

    public static MemberState Hold(MemberState state, BalanceHeld e) =>
        Draw(state, e.Draws, -1) with { Holds = state.Holds.Add(e.HoldId, new Members.Hold(e.HoldId, e.Wallet, e.Amount, e.ExpiresAt, e.Draws)) };

    public static MemberState Capture(MemberState state, string holdId)
    {
        var hold = state.Holds[holdId];
        var totals = state.TotalsOf(hold.Wallet);
        return WithTotals(state with { Holds = state.Holds.Remove(holdId) }, hold.Wallet, totals with { Redeemed = totals.Redeemed + hold.Amount });
    }

    public static MemberState Release(MemberState state, string holdId) =>
        Draw(state, state.Holds[holdId].Draws, +1) with { Holds = state.Holds.Remove(holdId) };

    public static MemberState Reverse(MemberState state, PurchaseReturned e)
    {
        state = Draw(Draw(state, e.Points.Draws, -1), e.Cashback.Draws, -1);
        state = AddReversal(state, Wallet.Points, e.Points);
        return AddReversal(state, Wallet.Cashback, e.Cashback);
    }

    /// <summary>A reversal outside a return (a revoked challenge reward): drawn from lots, counted as reversed.</summary>
    public static MemberState TakeBack(MemberState state, Wallet wallet, Reversal reversal) =>
        AddReversal(Draw(state, reversal.Draws, -1), wallet, reversal);

    public static MemberState Expire(MemberState state, LotsExpired e)
    {
        foreach (var draw in e.Lots)
        {
            var wallet = state.Lots[(int)draw.LotId - 1].Wallet;
            var totals = state.TotalsOf(wallet);
            state = WithTotals(state, wallet, totals with { Expired = totals.Expired + draw.Amount });
        }

        return Draw(state, e.Lots, -1);
    }

    private static MemberState AddReversal(MemberState state, Wallet wallet, Reversal reversal)
    {
        var totals = state.TotalsOf(wallet);
        return WithTotals(state, wallet, totals with { Reversed = totals.Reversed + reversal.Amount, Debt = totals.Debt + reversal.DebtAdded });
    }

    private static MemberState Draw(MemberState state, IReadOnlyList<LotDraw> draws, int sign)
    {
        if (draws.Count == 0)
        {
            return state;
        }

        var lots = state.Lots.ToArray();
        foreach (var draw in draws)
        {
            var index = (int)draw.LotId - 1;
            var remaining = lots[index].Remaining + (sign * draw.Amount);
            if (draw.Amount <= 0 || remaining < 0 || remaining > lots[index].Amount)
            {
                throw new InvalidOperationException($"Draw of {draw.Amount} would take lot {draw.LotId} out of [0, {lots[index].Amount}].");
            }

            lots[index] = lots[index] with { Remaining = remaining };
        }

        return state with { Lots = LotLedger.Of(lots) };
    }

    private static void Append(ref LotLedger lots, ref WalletTotals totals, LotCredit credit, string source, DateTimeOffset at)
    {
        if (credit.LotId != lots.Count + 1)
        {
            throw new InvalidOperationException($"Lot {credit.LotId} out of sequence; expected {lots.Count + 1}.");
        }

        lots = lots.Add(new Lot(credit.LotId, credit.Wallet, source, credit.Amount, credit.Amount - credit.DebtRepaid, at, credit.AvailableAt, credit.ExpiresAt));
        totals = totals with { Issued = totals.Issued + credit.Amount, Debt = totals.Debt - credit.DebtRepaid };
    }

    private static MemberState WithTotals(MemberState state, Wallet wallet, WalletTotals totals) =>
        wallet == Wallet.Points ? state with { Points = totals } : state with { Cashback = totals };
}
