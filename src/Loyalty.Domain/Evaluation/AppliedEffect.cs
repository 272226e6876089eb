namespace Loyalty.Domain.Evaluation;

/// <summary>One contribution to a purchase's outcome, as shown to the till and the member.</summary>
/// <param name="Source">"base", "tier", "discountProgram" or the id of the rule.</param>
/// <param name="Kind">What the contribution is.</param>
/// <param name="Amount">Exact points (before the purchase is rounded), money, or progress.</param>
/// <param name="Reference">The challenge or badge concerned, if any.</param>
public readonly record struct AppliedEffect(string Source, EffectKind Kind, decimal Amount, string? Reference);

/// <summary>Kinds of contribution.</summary>
public enum EffectKind
{
    /// <summary>Points from the base earn rate and its multipliers.</summary>
    BasePoints,

    /// <summary>Fixed bonus points.</summary>
    AddPoints,

    /// <summary>Extra points from a multiplier (rule or tier).</summary>
    MultiplyPoints,

    /// <summary>Cashback in the program currency.</summary>
    Cashback,

    /// <summary>Percent discount in the program currency.</summary>
    PercentDiscount,

    /// <summary>Fixed discount in the program currency.</summary>
    FixedDiscount,

    /// <summary>Progress toward a challenge.</summary>
    ChallengeProgress,

    /// <summary>A badge awarded.</summary>
    Badge,

    /// <summary>Points paid by a flash campaign (the source is the campaign id, the reference its name).</summary>
    CampaignBonus,

    /// <summary>Points a flash campaign offered but its budget could no longer pay.</summary>
    CampaignBudgetExhausted,
}
