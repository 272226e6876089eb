using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>Which campaigns exist (for marketers' lists) and which are live (so a starting silo can wake them).</summary>
public interface ICampaignRegistryGrain : IGrainWithStringKey
{
    /// <summary>Records that <paramref name="campaignId"/> has been defined.</summary>
    Task AddAsync(string campaignId);

    /// <summary>Every defined campaign's id, in order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> ListAsync();

    /// <summary>Records whether <paramref name="campaignId"/> is live.</summary>
    Task SetLiveAsync(string campaignId, bool live);

    /// <summary>The live campaigns' ids.</summary>
    [ReadOnly]
    Task<IReadOnlyList<string>> ListLiveAsync();
}
