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
    // Points taken per campaign, by its index in the live list: a purchase meets a handful of campaigns.
    private readonly long[] _taken = new long[campaigns.Count];
    private List<SiloCampaign>? _short;

    // A view, not a copy: every campaign purchase builds one of these.
    public IReadOnlyList<LiveCampaignTerms> Live { get; } = new TermsView(campaigns);

    /// <summary>Campaigns that could not pay in full but may after a refill.</summary>
    public IReadOnlyList<SiloCampaign> Short => _short ?? [];

    public long Reserve(string campaignId, long wanted)
    {
        var index = IndexOf(campaignId);
        var taken = campaigns[index].Take(wanted);
        _taken[index] += taken;
        if (taken < wanted && campaigns[index].CanRefill)
        {
            (_short ??= []).Add(campaigns[index]);
        }

        return taken;
    }

    /// <summary>Gives every reserved point back to its lease.</summary>
    public void Release()
    {
        for (var i = 0; i < _taken.Length; i++)
        {
            if (_taken[i] > 0)
            {
                campaigns[i].Give(_taken[i]);
            }
        }

        Array.Clear(_taken);
    }

    /// <summary>Counts what the durable <paramref name="decision"/> awarded into each campaign's stats.</summary>
    public void Commit(MemberState before, Decision decision, decimal spend)
    {
        for (var index = 0; index < decision.Events.Count; index++)
        {
            var awards = decision.Events[index] is PurchaseRecorded { Campaigns: { } paid } ? paid : [];
            for (var i = 0; i < awards.Count; i++)
            {
                var campaignId = awards[i].Bonus.CampaignId;
                campaigns[IndexOf(campaignId)].Commit(awards[i].Bonus.Points, !before.CampaignPoints.ContainsKey(campaignId), spend);
            }
        }

        Array.Clear(_taken);
    }

    private int IndexOf(string campaignId)
    {
        for (var i = 0; i < campaigns.Count; i++)
        {
            if (campaigns[i].Terms.CampaignId == campaignId)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Campaign '{campaignId}' is not among the purchase's live campaigns.");
    }

    private sealed class TermsView(IReadOnlyList<SiloCampaign> campaigns) : IReadOnlyList<LiveCampaignTerms>
    {
        public int Count => campaigns.Count;

        public LiveCampaignTerms this[int index] => campaigns[index].Terms;

        public IEnumerator<LiveCampaignTerms> GetEnumerator()
        {
            for (var i = 0; i < campaigns.Count; i++)
            {
                yield return campaigns[i].Terms;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
