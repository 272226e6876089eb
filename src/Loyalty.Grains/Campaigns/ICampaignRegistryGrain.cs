using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>Which campaigns are live, so a starting silo can wake them.</summary>
public interface ICampaignRegistryGrain : IGrainWithStringKey
{
    /// <summary>Records whether <paramref name="campaignId"/> is live.</summary>
    Task SetLiveAsync(string campaignId, bool live);

    /// <summary>The live campaigns' ids.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> ListLiveAsync();
}
