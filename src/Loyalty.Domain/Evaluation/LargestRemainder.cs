namespace Loyalty.Domain.Evaluation;

/// <summary>
/// Rounds exact, non-negative per-line amounts so that the total is floored once and the lines still add up
/// to it: each line gets its floor, and the units left over go to the lines with the largest fractions
/// (ties to the earlier line). Deterministic, and a return of a line reverses exactly its share.
/// </summary>
internal static class LargestRemainder
{
    public static void Allocate(ReadOnlySpan<decimal> exact, Span<long> rounded)
    {
        var total = 0m;
        var floors = 0L;
        for (var i = 0; i < exact.Length; i++)
        {
            total += exact[i];
            rounded[i] = (long)decimal.Truncate(exact[i]);
            floors += rounded[i];
        }

        var leftOver = (long)decimal.Truncate(total) - floors;
        if (leftOver > 0)
        {
            GiveToLargestFractions(exact, rounded, leftOver);
        }
    }

    /// <summary>The same rule for integers counted in 1/<paramref name="unit"/> of a unit (cashback in millionths of a cent).</summary>
    public static void Allocate(ReadOnlySpan<long> exact, long unit, Span<long> rounded)
    {
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
