namespace Loyalty.Silo.Kpis;

/// <summary>The program's key figures for a period; definitions in docs/api.md.</summary>
/// <param name="From">Start of the period (inclusive).</param>
/// <param name="To">End of the period (exclusive); stock figures (members, liability, LTV) are as of this moment.</param>
/// <param name="Members">Members enrolled before <paramref name="To"/>.</param>
/// <param name="NewMembers">Members enrolled in the period.</param>
/// <param name="ActiveMembers30Days">Members with a purchase in the 30 days before <paramref name="To"/>.</param>
/// <param name="Purchases">Purchases in the period.</param>
/// <param name="PurchaseFrequency">Purchases per member who purchased in the period.</param>
/// <param name="AverageCheck">Spend per purchase in the period, before returns.</param>
/// <param name="NetSpend">Spend in the period less the spend returned in it.</param>
/// <param name="LifetimeValue">Net spend of all time up to <paramref name="To"/> per member.</param>
/// <param name="PointsIssued">Points credited in the period (purchases, bonuses, campaigns, challenge rewards).</param>
/// <param name="PointsRedeemed">Points spent in the period (redemptions and captured holds).</param>
/// <param name="PointsExpired">Points expired in the period.</param>
/// <param name="PointsReversed">Points taken back in the period by returns and revoked rewards.</param>
/// <param name="PointsLiability">Points outstanding at <paramref name="To"/>: issued − redeemed − expired − reversed, all time.</param>
/// <param name="RedemptionRate">Redeemed ÷ issued in the period; null when nothing was issued.</param>
/// <param name="Breakage">Expired ÷ issued in the period; null when nothing was issued.</param>
/// <param name="CampaignPoints">Points paid by flash campaigns in the period.</param>
/// <param name="Campaigns">Cost and uplift per campaign that paid in the period.</param>
public sealed record ProgramKpis(
    DateTimeOffset From,
    DateTimeOffset To,
    long Members,
    long NewMembers,
    long ActiveMembers30Days,
    long Purchases,
    decimal PurchaseFrequency,
    decimal AverageCheck,
    decimal NetSpend,
    decimal LifetimeValue,
    long PointsIssued,
    long PointsRedeemed,
    long PointsExpired,
    long PointsReversed,
    long PointsLiability,
    decimal? RedemptionRate,
    decimal? Breakage,
    long CampaignPoints,
    IReadOnlyList<CampaignKpis> Campaigns);

/// <summary>What one campaign cost and what its purchases looked like against the rest.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Points">Points it paid in the period: its cost.</param>
/// <param name="Purchases">Purchases it paid for.</param>
/// <param name="Spend">Their spend.</param>
/// <param name="AverageCheck">Their average check.</param>
/// <param name="AverageCheckUplift">
/// Their average check over that of the period's purchases no campaign paid for, minus one (0.25 = a quarter
/// higher); null without such purchases. A plain comparison: members who buy more also qualify more often.
/// </param>
public sealed record CampaignKpis(string CampaignId, long Points, long Purchases, decimal Spend, decimal AverageCheck, decimal? AverageCheckUplift);

/// <summary>Computes <see cref="ProgramKpis"/> from the durable record of what members did.</summary>
public interface IProgramKpis
{
    /// <summary>The figures for [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<ProgramKpis> ComputeAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
