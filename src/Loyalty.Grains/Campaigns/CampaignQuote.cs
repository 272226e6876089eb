using Loyalty.Domain.Campaigns;

namespace Loyalty.Grains.Campaigns;

/// <summary>
/// The live campaigns as a quote sees them: the same terms a purchase meets, with budget looked at but never taken,
/// so a dry run shows the campaign points the purchase would most likely earn and reserves nothing.
/// </summary>
internal sealed class CampaignQuote(IReadOnlyList<SiloCampaign> campaigns) : ICampaignBudget
{
    public IReadOnlyList<LiveCampaignTerms> Live { get; } = [.. campaigns.Select(c => c.Terms)];

    public long Reserve(string campaignId, long wanted) => campaigns.First(c => c.Terms.CampaignId == campaignId).Peek(wanted);
}
