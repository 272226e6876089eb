using System.Collections.Immutable;
using Loyalty.Domain.Campaigns;
using Loyalty.Grains.Live;
using Loyalty.Runtime;

namespace Loyalty.Grains.Campaigns;

/// <summary>
/// The silo's live campaigns, so member grains find them without calling any grain. A campaign grain
/// opens its entry before its launch returns and closes it before its stop returns; with one silo that
/// makes both take effect for every later purchase. (The cluster issue turns this into a push to every silo.)
/// </summary>
public sealed class CampaignDirectory(IGrainFactory grains, ICampaignLiveFeed feed)
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, SiloCampaign> _live = ImmutableDictionary<string, SiloCampaign>.Empty.WithComparers(StringComparer.Ordinal);

    // The live campaigns in id order, rebuilt on each (rare) change so a purchase neither sorts nor allocates.
    private SiloCampaign[] _ordered = [];
    private Task? _loading;

    /// <summary>Campaigns a purchase processed at <paramref name="now"/> may earn from.</summary>
    public async ValueTask<IReadOnlyList<SiloCampaign>> LiveAtAsync(DateTimeOffset now)
    {
        // After a silo start no campaign grain is active yet: wake the live ones once, as the program directory does.
        if (_loading is { IsFaulted: true })
        {
            _loading = null;
        }

        await (_loading ??= Task.Run(LoadAsync));
        var ordered = Volatile.Read(ref _ordered);
        foreach (var campaign in ordered)
        {
            if (!campaign.IsLiveAt(now))
            {
                return Array.FindAll(ordered, c => c.IsLiveAt(now));
            }
        }

        return ordered;
    }

    /// <summary>Makes a campaign live on this silo; an entry already open keeps its lease.</summary>
    internal void Open(string campaignId, CampaignDefinition definition)
    {
        lock (_gate)
        {
            if (_live.ContainsKey(campaignId))
            {
                return;
            }

            Publish(_live.Add(campaignId, new SiloCampaign(campaignId, definition, grains)));
        }

        feed.LiveCampaignsChanged();
    }

    /// <summary>Ends a campaign on this silo; returns the lease's unused points and the unreported awards.</summary>
    internal (long Unused, CampaignReport Report) Close(string campaignId)
    {
        SiloCampaign? campaign;
        lock (_gate)
        {
            if (!_live.TryGetValue(campaignId, out campaign))
            {
                return (0, CampaignReport.None);
            }

            Publish(_live.Remove(campaignId));
        }

        feed.LiveCampaignsChanged();
        return campaign.Close();
    }

    /// <summary>Awards this silo made but has not reported yet.</summary>
    internal CampaignReport Unreported(string campaignId) => _live.GetValueOrDefault(campaignId)?.Unreported ?? CampaignReport.None;

    private void Publish(ImmutableDictionary<string, SiloCampaign> live)
    {
        _live = live;
        Volatile.Write(ref _ordered, [.. live.Values.OrderBy(c => c.Terms.CampaignId, StringComparer.Ordinal)]);
    }

    private async Task LoadAsync()
    {
        foreach (var campaignId in await grains.GetGrain<ICampaignRegistryGrain>(CampaignRegistryGrain.Key).ListLiveAsync())
        {
            await grains.GetGrain<ICampaignGrain>(campaignId).GetStatusAsync();
        }
    }
}
