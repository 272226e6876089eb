namespace Loyalty.Domain.Members;

/// <summary>Both wallets' balances at one moment.</summary>
/// <param name="Points">The points wallet.</param>
/// <param name="Cashback">The cashback wallet, in minor units.</param>
public sealed record MemberBalances(WalletBalance Points, WalletBalance Cashback);

/// <summary>One wallet's balance, derived from the ledger.</summary>
/// <param name="Total">Lots remaining + held - debt; may be negative while debt exceeds the lots.</param>
/// <param name="Available">What can be redeemed or held now: spendable lots minus debt, never below zero.</param>
/// <param name="Pending">Remaining in lots still in their pending period.</param>
/// <param name="Held">Reserved by open holds.</param>
/// <param name="Debt">Claw-back still to be repaid from future earnings.</param>
public sealed record WalletBalance(long Total, long Available, long Pending, long Held, long Debt)
{
    /// <summary>Derives the balance of <paramref name="wallet"/> from the lots, holds and debt of <paramref name="state"/>.</summary>
    public static WalletBalance Of(MemberState state, Wallet wallet, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        long remaining = 0, spendable = 0, pending = 0, held = 0;
        foreach (var lot in state.Lots)
        {
            if (lot.Wallet != wallet)
            {
                continue;
            }

            remaining += lot.Remaining;
            spendable += lot.IsSpendableAt(now) ? lot.Remaining : 0;
            pending += lot.AvailableAt > now ? lot.Remaining : 0;
        }

        // The dictionary's own enumerator: Values would allocate an iterator on every balance read.
        foreach (var (_, hold) in state.Holds)
        {
            held += hold.Wallet == wallet ? hold.Amount : 0;
        }

        var debt = state.TotalsOf(wallet).Debt;
        return new WalletBalance(remaining + held - debt, Math.Max(0, spendable - debt), pending, held, debt);
    }
}
