using System.Runtime.CompilerServices;

namespace Loyalty.Domain.Evaluation;

/// <summary>
/// The sums over the lines each scope matches, computed on first use and cached for the rest of the evaluation.
/// A stamp per evaluation marks which cached sums are current, so nothing is cleared between purchases.
/// </summary>
internal sealed partial class PurchaseEvaluator
{
    private LineMatch[] matches = new LineMatch[16];
    private int[] matchStamps = new int[16];
    private decimal[] basePointsByScope = new decimal[16];
    private int[] basePointsStamps = new int[16];

    // The indexes of the lines each scope matches, a block of one line count per scope; filled with its match.
    private int[] matchedLines = new int[16 * 8];
    private int stamp;

    /// <summary>Quantity and amount of the lines a scope matches; computed once per evaluation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref readonly LineMatch Match(LineMatcher matcher)
    {
        if (matchStamps[matcher.Index] != stamp)
        {
            ComputeMatch(matcher);
        }

        return ref matches[matcher.Index];
    }

    private void ComputeMatch(LineMatcher matcher)
    {
        matchStamps[matcher.Index] = stamp;
        var lines = LineCount;
        var indexes = matchedLines.AsSpan(matcher.Index * lines, lines);
        int count = 0, quantity = 0;
        if (matcher.IsAllLines)
        {
            // The purchase amount was added up in the same order from zero, so it is exactly the sum this loop
            // would compute: reuse it instead of adding decimals again.
            for (; count < lines; count++)
            {
                indexes[count] = count;
                quantity += LineQuantity[count];
            }

            matches[matcher.Index] = new LineMatch(count, quantity, Amount);
            return;
        }

        var amount = 0m;
        for (var i = 0; i < lines; i++)
        {
            if (matcher.Matches(this, i))
            {
                indexes[count++] = i;
                quantity += LineQuantity[i];
                amount += LineAmount[i];
            }
        }

        matches[matcher.Index] = new LineMatch(count, quantity, amount);
    }

    /// <summary>
    /// Base points of the lines a scope matches, added up in line order from zero. Only multipliers read them,
    /// so they are summed on first use rather than with every scope's match.
    /// </summary>
    private decimal BasePointsOf(LineMatcher matcher)
    {
        if (basePointsStamps[matcher.Index] != stamp)
        {
            var points = 0m;
            if (matcher.IsAllLines)
            {
                // Every line: the base earn already added up the same values in the same order.
                points = BasePointsTotal;
            }
            else
            {
                foreach (var i in LinesOf(matcher))
                {
                    points += basePoints[i];
                }
            }

            (basePointsByScope[matcher.Index], basePointsStamps[matcher.Index]) = (points, stamp);
        }

        return basePointsByScope[matcher.Index];
    }

    /// <summary>The indexes of the lines <paramref name="matcher"/> selects, in basket order.</summary>
    public ReadOnlySpan<int> LinesOf(LineMatcher matcher) =>
        matchedLines.AsSpan(matcher.Index * LineCount, Match(matcher).Count);

    private void ResetScopes(int lines, int matcherCount)
    {
        if (matches.Length < matcherCount)
        {
            (matches, matchStamps) = (new LineMatch[matcherCount], new int[matcherCount]);
            (basePointsByScope, basePointsStamps) = (new decimal[matcherCount], new int[matcherCount]);
        }

        if (matchedLines.Length < matcherCount * lines)
        {
            matchedLines = new int[matcherCount * lines];
        }

        if (++stamp == 0)
        {
            Array.Clear(matchStamps);
            Array.Clear(basePointsStamps);
            stamp = 1;
        }
    }
}

/// <summary>Sums over the lines one scope matches.</summary>
internal readonly record struct LineMatch(int Count, int Quantity, decimal Amount);
