using Loyalty.Domain.Members;

namespace Loyalty.Domain.Campaigns;

/// <summary>Who and what a campaign targets; an empty list means "any".</summary>
/// <param name="Tiers">Tiers the member must hold one of.</param>
/// <param name="Segments">Segments the member must belong to one of.</param>
/// <param name="MemberIds">Members explicitly invited.</param>
/// <param name="Stores">Stores the purchase must be made in.</param>
/// <param name="Channels">Channels the purchase must come through.</param>
/// <param name="Partners">Partners the purchase must be made with.</param>
/// <param name="Categories">Categories whose lines qualify (with <paramref name="Skus"/>: a line qualifies by either).</param>
/// <param name="Skus">Articles whose lines qualify.</param>
public sealed record CampaignTargeting(
    IReadOnlyList<string> Tiers,
    IReadOnlyList<string> Segments,
    IReadOnlyList<string> MemberIds,
    IReadOnlyList<string> Stores,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Skus)
{
    /// <summary>Every member, purchase and line.</summary>
    public static CampaignTargeting Everyone { get; } = new([], [], [], [], [], [], [], []);

    /// <summary>Whether <paramref name="member"/> is among those targeted (tier, segment, explicit list); purchase conditions aside.</summary>
    public bool Invites(MemberState member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return AnyOrContains(Tiers, member.Tier)
            && (Segments.Count == 0 || member.Profile.Segments.Any(Segments.Contains))
            && AnyOrContains(MemberIds, member.MemberId);
    }

    private static bool AnyOrContains(IReadOnlyList<string> values, string value) => values.Count == 0 || values.Contains(value);
}
