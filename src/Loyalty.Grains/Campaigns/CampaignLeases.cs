namespace Loyalty.Grains.Campaigns;

/// <summary>The campaign grain's budget accounting: leases are granted only from budget never leased before.</summary>
internal static class CampaignLeases
{
    /// <summary>Grants a silo the next slice (<paramref name="percent"/> of the budget, or what is left), counting its report.</summary>
    public static CampaignLeaseGrant Grant(CampaignState campaign, CampaignReport report, double percent)
    {
        ArgumentNullException.ThrowIfNull(report);
        campaign.LeaseRequests++;
        campaign.Totals = campaign.Totals.Add(report);
        if (campaign is not { Phase: CampaignPhase.Live, Definition: { } definition })
        {
            return new CampaignLeaseGrant(0, true);
        }

        var slice = Math.Max(1, (long)Math.Ceiling(definition.Budget * percent / 100));
        var grant = Math.Min(slice, definition.Budget - campaign.Leased);
        campaign.Leased += grant;
        return new CampaignLeaseGrant(grant, campaign.Leased == definition.Budget);
    }

    /// <summary>Counts leased points a silo gave back unused, and its report.</summary>
    public static void TakeBack(CampaignState campaign, long points, CampaignReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        campaign.Returned += points;
        campaign.Totals = campaign.Totals.Add(report);
    }
}
