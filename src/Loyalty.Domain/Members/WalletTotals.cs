namespace Loyalty.Domain.Members;

/// <summary>Running totals of one wallet; issued = balance + redeemed + expired + reversed always holds.</summary>
/// <param name="Issued">Units ever credited to lots.</param>
/// <param name="Redeemed">Units spent (redemptions and captured holds).</param>
/// <param name="Expired">Units expired.</param>
/// <param name="Reversed">Units clawed back by returns (from lots or as debt).</param>
/// <param name="Debt">Claw-back not yet covered by lots; repaid from the next lots earned.</param>
public sealed record WalletTotals(long Issued, long Redeemed, long Expired, long Reversed, long Debt)
{
    /// <summary>All zero.</summary>
    public static WalletTotals Zero { get; } = new(0, 0, 0, 0, 0);
}
