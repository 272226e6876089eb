using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>The durable list of live campaigns; one per deployment.</summary>
public sealed class CampaignRegistryGrain(
    [PersistentState("campaignRegistry", LoyaltyStorage.Name)] IPersistentState<CampaignRegistryState> state) : Grain, ICampaignRegistryGrain
{
    /// <summary>The key of the one registry.</summary>
    public const string Key = "all";

    /// <inheritdoc />
    public async Task SetLiveAsync(string campaignId, bool live)
    {
        if (live ? state.State.Live.Add(campaignId) : state.State.Live.Remove(campaignId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListLiveAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Live]);
}

/// <summary>The persisted ids of live campaigns.</summary>
public sealed class CampaignRegistryState
{
    /// <summary>Live campaign ids.</summary>
    public SortedSet<string> Live { get; set; } = new(StringComparer.Ordinal);
}
