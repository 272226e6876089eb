namespace Loyalty.Domain.Members;

/// <summary>The wallets a member holds; points count whole points, cashback whole minor units (cents).</summary>
public enum Wallet
{
    /// <summary>Loyalty points.</summary>
    Points,

    /// <summary>Cashback in the program currency, counted in minor units.</summary>
    Cashback,
}
