namespace Loyalty.Domain.Programs;

/// <summary>The base earn rate and what multiplies it.</summary>
/// <param name="PointsPerUnit">Points per major currency unit spent (per euro).</param>
/// <param name="Multipliers">Base multipliers by category, SKU, store or channel; per line the largest applicable one counts.</param>
public sealed record EarnPolicy(decimal PointsPerUnit, IReadOnlyList<EarnMultiplier> Multipliers);

/// <summary>A base earn multiplier for lines or purchases matching one value of one dimension.</summary>
/// <param name="Dimension">What is matched.</param>
/// <param name="Value">The category, SKU, store id or channel matched (case-insensitive).</param>
/// <param name="Factor">Multiplier of the base rate; 2 doubles it.</param>
public sealed record EarnMultiplier(EarnDimension Dimension, string Value, decimal Factor);

/// <summary>What a base earn multiplier matches.</summary>
public enum EarnDimension
{
    /// <summary>The line's category.</summary>
    Category,

    /// <summary>The line's SKU.</summary>
    Sku,

    /// <summary>The purchase's store.</summary>
    Store,

    /// <summary>The purchase's channel (store, web, app ...).</summary>
    Channel,
}
