namespace Loyalty.Domain.Programs;

/// <summary>Tier levels and how members move between them.</summary>
/// <param name="Basis">What qualifies: spend or points earned (never the current balance).</param>
/// <param name="WindowDays">Length of the rolling qualification window.</param>
/// <param name="PeriodDays">A tier is kept at least this long; downgrades happen only when a period ends.</param>
/// <param name="Downgrade">How far a member falls at period end.</param>
/// <param name="Levels">Levels from lowest to highest; the first has threshold 0.</param>
public sealed record TierPolicy(
    TierBasis Basis,
    int WindowDays,
    int PeriodDays,
    DowngradePolicy Downgrade,
    IReadOnlyList<TierLevel> Levels);

/// <summary>One tier level and its benefits.</summary>
/// <param name="Name">Display and reference name (unique).</param>
/// <param name="Threshold">Spend (currency units) or points earned in the window needed to qualify.</param>
/// <param name="EarnMultiplier">Multiplier of the base earn; 1.5 adds half the base points.</param>
/// <param name="CashbackPercent">Cashback percent on every purchase.</param>
/// <param name="DiscountPercent">Discount percent on every purchase.</param>
public sealed record TierLevel(string Name, decimal Threshold, decimal EarnMultiplier, decimal CashbackPercent, decimal DiscountPercent);

/// <summary>What counts toward tier qualification.</summary>
public enum TierBasis
{
    /// <summary>Net spend (after returns) in the window.</summary>
    Spend,

    /// <summary>Net points earned on purchases (after returns) in the window.</summary>
    PointsEarned,
}

/// <summary>What happens at period end to a member who no longer qualifies.</summary>
public enum DowngradePolicy
{
    /// <summary>Fall one level (never below the qualifying level's floor of the lowest tier).</summary>
    OneStepDown,

    /// <summary>Fall to the level the window qualifies for.</summary>
    Recompute,
}
