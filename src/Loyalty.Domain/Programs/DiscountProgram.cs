namespace Loyalty.Domain.Programs;

/// <summary>A discount every member gets, fixed or growing with lifetime spend.</summary>
/// <param name="Kind">Which kind of discount program runs.</param>
/// <param name="FixedPercent">Percent for <see cref="DiscountKind.Fixed"/>.</param>
/// <param name="Brackets">Lifetime-spend brackets for <see cref="DiscountKind.Cumulative"/>, ascending.</param>
public sealed record DiscountProgram(DiscountKind Kind, decimal FixedPercent, IReadOnlyList<DiscountBracket> Brackets);

/// <summary>From <paramref name="MinLifetimeSpend"/> on, purchases get <paramref name="Percent"/> off.</summary>
/// <param name="MinLifetimeSpend">Net lifetime spend before the purchase, in currency units.</param>
/// <param name="Percent">Discount percent.</param>
public sealed record DiscountBracket(decimal MinLifetimeSpend, decimal Percent);

/// <summary>Kinds of discount program.</summary>
public enum DiscountKind
{
    /// <summary>No program-wide discount.</summary>
    None,

    /// <summary>The same percent for everyone.</summary>
    Fixed,

    /// <summary>A percent chosen by lifetime-spend bracket.</summary>
    Cumulative,
}
