namespace Loyalty.Domain;

/// <summary>An amount of money in one ISO 4217 currency.</summary>
/// <param name="Amount">The amount in major units (euros, not cents).</param>
/// <param name="Currency">The ISO 4217 code, upper case.</param>
public readonly record struct Money(decimal Amount, string Currency)
{
    /// <summary>Creates money from whole minor units (cents) of <paramref name="currency"/>.</summary>
    public static Money FromMinorUnits(long minorUnits, string currency) =>
        new(Currencies.ToMajor(minorUnits, currency), currency);

    /// <summary>The amount in whole minor units, rounded toward zero (the program never pays a fraction of a cent).</summary>
    public long ToMinorUnits() => (long)decimal.Truncate(Amount * Currencies.MinorUnitsPerMajor(Currency));

    /// <inheritdoc />
    public override string ToString() => $"{Amount} {Currency}";
}
