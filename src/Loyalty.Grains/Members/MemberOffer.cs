using Loyalty.Domain.Campaigns;

namespace Loyalty.Grains.Members;

/// <summary>
/// A live campaign that targets the member, as their app shows it: what it pays and on which purchases. Who else it
/// targets (tiers, segments, invited members) is not shown.
/// </summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Name">Its name.</param>
/// <param name="EndsAt">When it ends.</param>
/// <param name="Effect">What a qualifying purchase earns.</param>
/// <param name="Categories">Categories whose lines qualify; empty with <paramref name="Skus"/> empty means every line.</param>
/// <param name="Skus">Articles whose lines qualify.</param>
/// <param name="Stores">Stores the purchase must be made in; empty means any.</param>
/// <param name="Channels">Channels the purchase must come through; empty means any.</param>
/// <param name="Partners">Partners the purchase must be made with; empty means any.</param>
/// <param name="PerPurchaseCap">At most this many points per purchase, if set.</param>
public sealed record MemberOffer(
    string CampaignId,
    string Name,
    DateTimeOffset EndsAt,
    CampaignEffect Effect,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Skus,
    IReadOnlyList<string> Stores,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Partners,
    long? PerPurchaseCap)
{
    internal static MemberOffer Of(LiveCampaignTerms campaign)
    {
        var (definition, targeting) = (campaign.Definition, campaign.Definition.Targeting);
        return new(campaign.CampaignId, definition.Name, definition.EndsAt, definition.Effect,
            targeting.Categories, targeting.Skus, targeting.Stores, targeting.Channels, targeting.Partners, definition.PerPurchaseCap);
    }
}
