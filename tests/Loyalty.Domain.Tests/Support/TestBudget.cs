using Loyalty.Domain.Campaigns;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Live campaigns sharing one in-memory budget, as a silo's lease would hand it out.</summary>
internal sealed class TestBudget(long points, params LiveCampaignTerms[] live) : ICampaignBudget
{
    public long Left { get; private set; } = points;

    public IReadOnlyList<LiveCampaignTerms> Live { get; } = live;

    public static LiveCampaignTerms Campaign(string id, CampaignEffect effect, CampaignTargeting? targeting = null, long? perPurchaseCap = null, long? perMemberCap = null) =>
        new(id, new CampaignDefinition(id, Baskets.Monday10.AddDays(-1), Baskets.Monday10.AddDays(30), targeting ?? CampaignTargeting.Everyone, effect, 1_000_000, perPurchaseCap, perMemberCap));

    public long Reserve(string campaignId, long wanted)
    {
        var taken = Math.Min(wanted, Left);
        Left -= taken;
        return taken;
    }
}
