using System.Collections.Frozen;

namespace Loyalty.Domain;

/// <summary>The ISO 4217 currencies a program may use, with the digits of their minor unit.</summary>
public static class Currencies
{
    private static readonly FrozenDictionary<string, int> MinorDigitsByCode = new Dictionary<string, int>
    {
        ["AED"] = 2, ["AUD"] = 2, ["BRL"] = 2, ["CAD"] = 2, ["CHF"] = 2, ["CLP"] = 0, ["CNY"] = 2,
        ["CZK"] = 2, ["DKK"] = 2, ["EUR"] = 2, ["GBP"] = 2, ["HKD"] = 2, ["HUF"] = 2, ["IDR"] = 2,
        ["ILS"] = 2, ["INR"] = 2, ["ISK"] = 0, ["JPY"] = 0, ["KRW"] = 0, ["KWD"] = 3, ["MXN"] = 2,
        ["MYR"] = 2, ["NOK"] = 2, ["NZD"] = 2, ["PHP"] = 2, ["PLN"] = 2, ["RON"] = 2, ["SAR"] = 2,
        ["SEK"] = 2, ["SGD"] = 2, ["THB"] = 2, ["TRY"] = 2, ["TWD"] = 2, ["UAH"] = 2, ["USD"] = 2,
        ["ZAR"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The supported codes, sorted, for error messages.</summary>
    public static IReadOnlyList<string> Supported { get; } = [.. MinorDigitsByCode.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="code"/> is a supported ISO 4217 code (exact, upper case).</summary>
    public static bool IsSupported(string? code) => code is not null && MinorDigitsByCode.ContainsKey(code);

    /// <summary>Digits of the minor unit (2 for EUR cents, 0 for JPY).</summary>
    public static int MinorDigits(string code) =>
        MinorDigitsByCode.TryGetValue(code, out var digits)
            ? digits
            : throw new ArgumentException($"Unsupported currency '{code}'. Supported: {string.Join(", ", Supported)}.", nameof(code));

    /// <summary>Whole minor units as a major amount (1999 cents → 19.99), exactly and without a division.</summary>
    public static decimal ToMajor(long minorUnits, string code) => ToMajor(minorUnits, MinorDigits(code));

    /// <summary>Whole minor units as a major amount, for a currency whose digits the caller looked up once.</summary>
    internal static decimal ToMajor(long minorUnits, int minorDigits)
    {
        var magnitude = (ulong)Math.Abs(minorUnits);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, minorUnits < 0, (byte)minorDigits);
    }

    /// <summary>How many minor units make one major unit (100 for EUR).</summary>
    public static decimal MinorUnitsPerMajor(string code) => MinorDigits(code) switch
    {
        0 => 1m,
        2 => 100m,
        _ => 1000m,
    };
}
