using Loyalty.Domain.Campaigns;

namespace Loyalty.Silo.Apis.Contracts;

/// <summary>A flash campaign's terms as a marketer sends them; targeting lists left out mean "any".</summary>
public sealed record CampaignRequest(
    string Name,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    CampaignEffectRequest Effect,
    long Budget,
    CampaignTargetingRequest? Targeting = null,
    long? PerPurchaseCap = null,
    long? PerMemberCap = null)
{
    /// <summary>The domain definition these terms describe.</summary>
    public CampaignDefinition ToDefinition() => new(
        Name,
        StartsAt,
        EndsAt,
        (Targeting ?? new CampaignTargetingRequest()).ToTargeting(),
        new CampaignEffect(Effect.Multiplier, Effect.FixedBonus),
        Budget,
        PerPurchaseCap,
        PerMemberCap);
}

/// <summary>What a qualifying purchase earns: exactly one of a points multiplier on qualifying lines or a fixed bonus.</summary>
public sealed record CampaignEffectRequest(decimal? Multiplier = null, long? FixedBonus = null);

/// <summary>Who and what a campaign targets; each list is optional.</summary>
public sealed record CampaignTargetingRequest(
    IReadOnlyList<string>? Tiers = null,
    IReadOnlyList<string>? Segments = null,
    IReadOnlyList<string>? MemberIds = null,
    IReadOnlyList<string>? Stores = null,
    IReadOnlyList<string>? Channels = null,
    IReadOnlyList<string>? Partners = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Skus = null)
{
    /// <summary>The domain targeting.</summary>
    public CampaignTargeting ToTargeting() => new(
        Tiers ?? [], Segments ?? [], MemberIds ?? [], Stores ?? [], Channels ?? [], Partners ?? [], Categories ?? [], Skus ?? []);
}
