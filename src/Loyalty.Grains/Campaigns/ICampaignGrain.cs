using Loyalty.Domain.Campaigns;
using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>
/// One flash campaign: its definition, lifecycle (draft → scheduled → live → ended or stopped) and
/// budget. Purchases never call it: silos draw budget from leases it grants (see docs/campaigns.md).
/// A launch or stop takes effect for every purchase processed after the call returns.
/// </summary>
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>Sets the definition of a draft or scheduled campaign; returns the errors instead when it is invalid.</summary>
    Task<CampaignChange> DefineAsync(CampaignDefinition definition);

    /// <summary>Schedules the campaign: durable reminders start it at its start and end it at its end.</summary>
    Task<CampaignStatus> ScheduleAsync();

    /// <summary>Starts the campaign now; a reminder still ends it at its end.</summary>
    Task<CampaignStatus> LaunchAsync();

    /// <summary>Stops the campaign now; the silos' unused leases come back.</summary>
    Task<CampaignStatus> StopAsync();

    /// <summary>Phase and live stats; null before a definition was set.</summary>
    Task<CampaignStatus?> GetStatusAsync();

    /// <summary>A silo asks for another slice of budget, reporting what it awarded since its last call.</summary>
    Task<CampaignLeaseGrant> AcquireLeaseAsync(CampaignReport report);

    /// <summary>A silo gives back budget it holds but can no longer use (a grant that arrived after the campaign closed).</summary>
    Task ReturnLeaseAsync(long points, CampaignReport report);
}
