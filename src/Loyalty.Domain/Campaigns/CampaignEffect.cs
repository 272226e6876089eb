namespace Loyalty.Domain.Campaigns;

/// <summary>What a qualifying purchase earns: set exactly one of the two.</summary>
/// <param name="Multiplier">
/// Multiplies the program points of the qualifying lines: 2 doubles them, so the campaign adds the
/// lines' points once more (floored per line).
/// </param>
/// <param name="FixedBonus">Points added once per qualifying purchase, shared over its qualifying lines by spend.</param>
public sealed record CampaignEffect(decimal? Multiplier, long? FixedBonus)
{
    /// <summary>A points multiplier on qualifying lines.</summary>
    public static CampaignEffect Multiply(decimal multiplier) => new(multiplier, null);

    /// <summary>A fixed bonus per qualifying purchase.</summary>
    public static CampaignEffect Bonus(long points) => new(null, points);
}
