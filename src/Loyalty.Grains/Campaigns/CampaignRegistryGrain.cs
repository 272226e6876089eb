using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>The durable lists of defined and live campaigns; one per deployment.</summary>
public sealed class CampaignRegistryGrain(
    [PersistentState("campaignRegistry", LoyaltyStorage.Name)] IPersistentState<CampaignRegistryState> state) : Grain, ICampaignRegistryGrain
{
    /// <summary>The key of the one registry.</summary>
    public const string Key = "all";

    /// <inheritdoc />
    public async Task AddAsync(string campaignId)
    {
        if (state.State.Defined.Add(campaignId))
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListAsync() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Defined]);

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

/// <summary>The persisted ids of defined and of live campaigns.</summary>
public sealed class CampaignRegistryState
{
    /// <summary>Every campaign that has a definition.</summary>
    public SortedSet<string> Defined { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Live campaign ids.</summary>
    public SortedSet<string> Live { get; set; } = new(StringComparer.Ordinal);
}
