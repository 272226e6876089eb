namespace Loyalty.Domain.Campaigns;

/// <summary>A flash campaign as marketing defines it: who and what it targets, what it pays, and at most how much.</summary>
/// <param name="Name">Shown to marketers and on receipts.</param>
/// <param name="StartsAt">When a scheduled campaign goes live.</param>
/// <param name="EndsAt">When it ends; purchases processed from this moment on earn nothing from it.</param>
/// <param name="Targeting">Which members, purchases and lines qualify.</param>
/// <param name="Effect">What a qualifying purchase earns.</param>
/// <param name="Budget">Points the campaign may award in all; never exceeded.</param>
/// <param name="PerPurchaseCap">At most this many points per purchase, if set.</param>
/// <param name="PerMemberCap">At most this many points per member over the campaign, if set.</param>
public sealed record CampaignDefinition(
    string Name,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    CampaignTargeting Targeting,
    CampaignEffect Effect,
    long Budget,
    long? PerPurchaseCap = null,
    long? PerMemberCap = null);
