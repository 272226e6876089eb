using Loyalty.Domain.Campaigns;

namespace Loyalty.Grains.Campaigns;

/// <summary>The persisted state of one campaign.</summary>
public sealed class CampaignState
{
    /// <summary>The terms; null until defined.</summary>
    public CampaignDefinition? Definition { get; set; }

    /// <summary>The lifecycle phase.</summary>
    public CampaignPhase Phase { get; set; }

    /// <summary>Budget granted in leases; persisted before a grant is answered, so no restart grants it twice.</summary>
    public long Leased { get; set; }

    /// <summary>Leased budget given back unused.</summary>
    public long Returned { get; set; }

    /// <summary>Lease requests received.</summary>
    public long LeaseRequests { get; set; }

    /// <summary>What silos reported awarding.</summary>
    public CampaignReport Totals { get; set; } = CampaignReport.None;
}
