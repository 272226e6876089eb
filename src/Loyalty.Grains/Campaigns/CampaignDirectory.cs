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

    // The live campaigns in id order, replaced whole on each (rare) change under the gate, so a purchase reads them
    // without a lock, a sort or an allocation. A silo holds a handful, so finding one by id is a scan.
    private SiloCampaign[] _live = [];
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
        var live = Volatile.Read(ref _live);
        foreach (var campaign in live)
        {
            if (!campaign.IsLiveAt(now))
            {
                return Array.FindAll(live, c => c.IsLiveAt(now));
            }
        }

        return live;
    }

    /// <summary>Makes a campaign live on this silo; an entry already open keeps its lease.</summary>
    internal void Open(string campaignId, CampaignDefinition definition)
    {
        lock (_gate)
        {
            if (Find(_live, campaignId) is not null)
            {
                return;
            }

            Volatile.Write(ref _live, [.. _live.Append(new SiloCampaign(campaignId, definition, grains)).OrderBy(c => c.Terms.CampaignId, StringComparer.Ordinal)]);
        }

        feed.LiveCampaignsChanged();
    }

    /// <summary>Ends a campaign on this silo; returns the lease's unused points and the unreported awards.</summary>
    internal (long Unused, CampaignReport Report) Close(string campaignId)
    {
        SiloCampaign? campaign;
        lock (_gate)
        {
            campaign = Find(_live, campaignId);
            if (campaign is null)
            {
                return (0, CampaignReport.None);
            }

            Volatile.Write(ref _live, Array.FindAll(_live, c => c != campaign));
        }

        feed.LiveCampaignsChanged();
        return campaign.Close();
    }

    /// <summary>Awards this silo made but has not reported yet.</summary>
    internal CampaignReport Unreported(string campaignId) => Find(Volatile.Read(ref _live), campaignId)?.Unreported ?? CampaignReport.None;

    private static SiloCampaign? Find(SiloCampaign[] live, string campaignId) =>
        Array.Find(live, campaign => string.Equals(campaign.Terms.CampaignId, campaignId, StringComparison.Ordinal));

    private async Task LoadAsync()
    {
        foreach (var campaignId in await grains.GetGrain<ICampaignRegistryGrain>(CampaignRegistryGrain.Key).ListLiveAsync())
        {
            await grains.GetGrain<ICampaignGrain>(campaignId).GetStatusAsync();
        }
    }
}
