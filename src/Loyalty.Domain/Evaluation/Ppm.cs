namespace Loyalty.Domain.Evaluation;

/// <summary>Rates as whole parts per million, so cashback and discount accumulate in integers.</summary>
internal static class Ppm
{
    public const long One = 1_000_000;

    /// <summary>A percent with at most four decimals (validated) as parts per million: 3.3 % → 33,000.</summary>
    public static long FromPercent(decimal percent) => (long)(percent * 10_000m);

    /// <summary>Parts per million as a decimal rate, exactly: 33,000 → 0.033.</summary>
    public static decimal ToRate(long ppm) => new((int)(uint)(ulong)ppm, (int)(uint)((ulong)ppm >> 32), 0, false, 6);
}
