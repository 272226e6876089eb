using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;

namespace Loyalty.Grains.Campaigns;

/// <summary>
/// The campaign budget one purchase reserved from the silo's leases: committed once the purchase is
/// durable, given back when it is definitely not. Notes campaigns whose lease ran short while a refill
/// could still help, so the member grain can wait for the refill and decide again.
/// </summary>
internal sealed class CampaignReservations(IReadOnlyList<SiloCampaign> campaigns) : ICampaignBudget
{
    private readonly Dictionary<string, long> _taken = new(StringComparer.Ordinal);
    private readonly List<SiloCampaign> _short = [];

    public IReadOnlyList<LiveCampaignTerms> Live { get; } = [.. campaigns.Select(c => c.Terms)];

    /// <summary>Campaigns that could not pay in full but may after a refill.</summary>
    public IReadOnlyList<SiloCampaign> Short => _short;

    public long Reserve(string campaignId, long wanted)
    {
        var campaign = Find(campaignId);
        var taken = campaign.Take(wanted);
        _taken[campaignId] = _taken.GetValueOrDefault(campaignId) + taken;
        if (taken < wanted && campaign.CanRefill)
        {
            _short.Add(campaign);
        }

        return taken;
    }

    /// <summary>Gives every reserved point back to its lease.</summary>
    public void Release()
    {
        foreach (var (campaignId, points) in _taken.Where(t => t.Value > 0))
        {
            Find(campaignId).Give(points);
        }

        _taken.Clear();
    }

    /// <summary>Counts what the durable <paramref name="decision"/> awarded into each campaign's stats.</summary>
    public void Commit(MemberState before, Decision decision, decimal spend)
    {
        foreach (var award in decision.Events.OfType<CampaignBonusesAwarded>().SelectMany(e => e.Awards))
        {
            var campaignId = award.Bonus.CampaignId;
            Find(campaignId).Commit(award.Bonus.Points, !before.CampaignPoints.ContainsKey(campaignId), spend);
        }

        _taken.Clear();
    }

    private SiloCampaign Find(string campaignId) => campaigns.First(c => c.Terms.CampaignId == campaignId);
}
