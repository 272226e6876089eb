namespace Loyalty.Domain.Evaluation;

/// <summary>
/// Rounds exact, non-negative per-line amounts so that the total is floored once and the lines still add up
/// to it: each line gets its floor, and the units left over go to the lines with the largest fractions
/// (ties to the earlier line). Deterministic, and a return of a line reverses exactly its share.
/// </summary>
internal static class LargestRemainder
{
    private static readonly ulong[] PowersOfTen =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000, 10_000_000_000,
        100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
    ];

    public static void Allocate(ReadOnlySpan<decimal> exact, Span<long> rounded)
    {
        var total = 0m;
        var floors = 0L;
        for (var i = 0; i < exact.Length; i++)
        {
            total += exact[i];
            rounded[i] = WholePart(exact[i]);
            floors += rounded[i];
        }

        var leftOver = WholePart(total) - floors;
        if (leftOver > 0)
        {
            GiveToLargestFractions(exact, rounded, leftOver);
        }
    }

    /// <summary>The same rule for integers counted in millionths of a unit (cashback in millionths of a cent).</summary>
    public static void AllocateMillionths(ReadOnlySpan<long> exact, Span<long> rounded)
    {
        // A constant divisor: the JIT divides by multiplying, several times cheaper than a 64-bit division.
        const long unit = Ppm.One;
        long total = 0, floors = 0;
        for (var i = 0; i < exact.Length; i++)
        {
            total += exact[i];
            rounded[i] = exact[i] / unit;
            floors += rounded[i];
        }

        for (var leftOver = (total / unit) - floors; leftOver > 0; leftOver--)
        {
            var best = -1;
            for (var i = 0; i < exact.Length; i++)
            {
                best = best < 0 || exact[i] - (rounded[i] * unit) > exact[best] - (rounded[best] * unit) ? i : best;
            }

            rounded[best]++;
        }
    }

    /// <summary>
    /// The value truncated toward zero, as <c>(long)decimal.Truncate(value)</c>: when the mantissa fits 63 bits
    /// (any realistic amount) one integer division by the power of ten of the scale, else the decimal routine.
    /// </summary>
    internal static long WholePart(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = value.Scale;
        if (bits[2] != 0 || bits[1] < 0 || scale >= PowersOfTen.Length)
        {
            return (long)decimal.Truncate(value);
        }

        var whole = (((ulong)(uint)bits[1] << 32) | (uint)bits[0]) / PowersOfTen[scale];
        return bits[3] < 0 ? -(long)whole : (long)whole;
    }

    private static void GiveToLargestFractions(ReadOnlySpan<decimal> exact, Span<long> rounded, long leftOver)
    {
        Span<decimal> fractions = exact.Length <= 32 ? stackalloc decimal[exact.Length] : new decimal[exact.Length];
        for (var i = 0; i < exact.Length; i++)
        {
            fractions[i] = exact[i] - rounded[i];
        }

        for (; leftOver > 0; leftOver--)
        {
            var best = 0;
            for (var i = 1; i < fractions.Length; i++)
            {
                best = fractions[i] > fractions[best] ? i : best;
            }

            rounded[best]++;
            fractions[best] = -1m;
        }
    }
}
