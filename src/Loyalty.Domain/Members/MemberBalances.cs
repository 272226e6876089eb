namespace Loyalty.Domain.Members;

/// <summary>Both wallets' balances at one moment.</summary>
/// <param name="Points">The points wallet.</param>
/// <param name="Cashback">The cashback wallet, in minor units.</param>
public sealed record MemberBalances(WalletBalance Points, WalletBalance Cashback)
{
    /// <summary>Both wallets' balances: the lots' sums (see <see cref="LotLedger.SumsAt"/>), holds and debt.</summary>
    public static MemberBalances Of(MemberState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var (points, cashback) = state.Lots.SumsAt(now);

        // The dictionary's own enumerator: Values would allocate an iterator on every balance read.
        foreach (var (_, hold) in state.Holds)
        {
            (hold.Wallet == Wallet.Points ? ref points : ref cashback).Held += hold.Amount;
        }

        return new(points.Balance(state.Points.Debt), cashback.Balance(state.Cashback.Debt));
    }
}

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
        var both = MemberBalances.Of(state, now);
        return wallet == Wallet.Points ? both.Points : both.Cashback;
    }
}

/// <summary>What a walk over one wallet's lots and holds adds up.</summary>
internal struct WalletSums
{
    public long Remaining;
    public long Spendable;
    public long Pending;
    public long Held;

    public void Add(Lot lot, DateTimeOffset now)
    {
        Remaining += lot.Remaining;
        Spendable += lot.IsSpendableAt(now) ? lot.Remaining : 0;
        Pending += lot.AvailableAt > now ? lot.Remaining : 0;
    }

    public readonly WalletBalance Balance(long debt) => new(Remaining + Held - debt, Math.Max(0, Spendable - debt), Pending, Held, debt);
}
