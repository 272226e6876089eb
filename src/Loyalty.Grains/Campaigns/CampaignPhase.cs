namespace Loyalty.Grains.Campaigns;

/// <summary>Where a campaign is in its lifecycle.</summary>
public enum CampaignPhase
{
    /// <summary>Being defined; pays nothing.</summary>
    Draft,

    /// <summary>Waiting for its start reminder.</summary>
    Scheduled,

    /// <summary>Paying qualifying purchases.</summary>
    Live,

    /// <summary>Its end came.</summary>
    Ended,

    /// <summary>Stopped by hand before its end.</summary>
    Stopped,
}
