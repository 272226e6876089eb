namespace Loyalty.Domain.Evaluation;

/// <summary>
/// Rounds exact per-line amounts so that the total is floored once and the lines still add up to it:
/// each line gets its floor, and the units left over go to the lines with the largest fractions
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
            rounded[i] = (long)decimal.Floor(exact[i]);
            floors += rounded[i];
        }

        var leftOver = (long)decimal.Floor(total) - floors;
        for (; leftOver > 0; leftOver--)
        {
            rounded[LargestFraction(exact, rounded)]++;
        }
    }

    private static int LargestFraction(ReadOnlySpan<decimal> exact, ReadOnlySpan<long> rounded)
    {
        var best = 0;
        var bestFraction = decimal.MinValue;
        for (var i = 0; i < exact.Length; i++)
        {
            var fraction = exact[i] - rounded[i];
            if (fraction > bestFraction)
            {
                best = i;
                bestFraction = fraction;
            }
        }

        return best;
    }
}
