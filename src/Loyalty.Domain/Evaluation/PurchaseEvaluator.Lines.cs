namespace Loyalty.Domain.Evaluation;

/// <summary>
/// The per-line coefficients (the sums per line scope are in PurchaseEvaluator.Scopes.cs). Points are exact
/// decimals; cashback and discount are integers: rates in parts per million of the line, amounts in millionths
/// of a minor unit.
/// </summary>
internal sealed partial class PurchaseEvaluator
{
    private decimal[] basePoints = new decimal[8];
    private decimal[] extraFactor = new decimal[8];
    private decimal[] fixedPoints = new decimal[8];
    private long[] amountMinor = new long[8];
    private long[] cashbackPpm = new long[8];
    private long[] discountPpm = new long[8];
    private long[] fixedDiscountMicro = new long[8];
    private decimal[] pointsByScope = new decimal[16];
    private decimal[] discountByScope = new decimal[16];
    private readonly List<int> scopesWithFixedAmounts = [];
    private long minorPerMajor;
    private int minorDigits;
    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000];

    /// <summary>Whether any cashback was granted; lets rounding skip an untouched wallet.</summary>
    public bool HasCashback { get; private set; }

    /// <summary>Whether any discount was granted.</summary>
    public bool HasDiscount { get; private set; }

    public void SetBasePoints(int line, decimal points) => basePoints[line] = points;

    /// <summary>The base points of all lines, added up in line order from zero.</summary>
    public decimal BasePointsTotal { get; set; }

    /// <summary>Points of a line: base times (1 + every extra factor), plus fixed bonuses.</summary>
    public decimal ExactPoints(int line) => (basePoints[line] * (1m + extraFactor[line])) + fixedPoints[line];

    /// <summary>Cashback of a line in millionths of a minor unit.</summary>
    public long ExactCashbackMicro(int line) => amountMinor[line] * cashbackPpm[line];

    /// <summary>Discount of a line in millionths of a minor unit, never more than the line.</summary>
    public long ExactDiscountMicro(int line)
    {
        var whole = amountMinor[line] * Ppm.One;
        return Math.Min(whole, (amountMinor[line] * Math.Min(discountPpm[line], Ppm.One)) + fixedDiscountMicro[line]);
    }

    /// <summary>Adds (factor - 1) times the base points of the matching lines; returns the points added.</summary>
    public decimal MultiplyPoints(LineMatcher matcher, decimal extra) => AddCoefficient(matcher, extra, extraFactor) * BasePointsOf(matcher);

    /// <summary>Adds a cashback rate (parts per million) to the matching lines; returns the cashback added.</summary>
    public decimal AddCashbackRate(LineMatcher matcher, long ppm)
    {
        HasCashback = true;
        return AddCoefficient(matcher, ppm, cashbackPpm) * Match(matcher).Amount;
    }

    /// <summary>Adds a discount rate (parts per million) to the matching lines; returns the discount added.</summary>
    public decimal AddDiscountRate(LineMatcher matcher, long ppm)
    {
        HasDiscount = true;
        return AddCoefficient(matcher, ppm, discountPpm) * Match(matcher).Amount;
    }

    /// <summary>Adds fixed points to a scope; they are spread over its lines once, when the evaluation is rounded.</summary>
    public decimal AddPoints(LineMatcher matcher, decimal points) => AddFixed(matcher, points, pointsByScope);

    public decimal AddFixedDiscount(LineMatcher matcher, decimal amount)
    {
        HasDiscount = true;
        return AddFixed(matcher, Math.Min(amount, Match(matcher).Amount), discountByScope);
    }

    private void ResetAccumulators(int lines, int matcherCount, long minorUnitsPerMajor)
    {
        minorPerMajor = minorUnitsPerMajor;
        minorDigits = minorUnitsPerMajor switch { 1 => 0, 10 => 1, 100 => 2, _ => 3 };
        if (basePoints.Length < lines)
        {
            (basePoints, extraFactor, fixedPoints) = (new decimal[lines], new decimal[lines], new decimal[lines]);
            (amountMinor, cashbackPpm, discountPpm, fixedDiscountMicro) = (new long[lines], new long[lines], new long[lines], new long[lines]);
        }

        foreach (var array in (ReadOnlySpan<decimal[]>)[basePoints, extraFactor, fixedPoints])
        {
            Array.Clear(array, 0, lines);
        }

        foreach (var array in (ReadOnlySpan<long[]>)[cashbackPpm, discountPpm, fixedDiscountMicro])
        {
            Array.Clear(array, 0, lines);
        }

        if (pointsByScope.Length < matcherCount)
        {
            (pointsByScope, discountByScope) = (new decimal[matcherCount], new decimal[matcherCount]);
        }

        foreach (var scope in scopesWithFixedAmounts)
        {
            (pointsByScope[scope], discountByScope[scope]) = (0m, 0m);
        }

        scopesWithFixedAmounts.Clear();

        (HasCashback, HasDiscount) = (false, false);
        BasePointsTotal = 0m;
        for (var i = 0; i < lines; i++)
        {
            amountMinor[i] = MinorUnits(LineAmount[i]);
        }

        ResetScopes(lines, matcherCount);
    }

    // Validated amounts carry at most the currency's digits: then the minor units are the mantissa scaled up,
    // read from the bits instead of a decimal multiply and truncate. Anything else takes the exact slow path.
    private long MinorUnits(decimal amount)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        var mantissa = ((long)bits[1] << 32) | (uint)bits[0];
        var scale = amount.Scale;
        if (bits[2] != 0 || bits[1] < 0 || scale > minorDigits || mantissa > long.MaxValue / 1_000)
        {
            return (long)decimal.Truncate(amount * minorPerMajor);
        }

        var units = mantissa * PowersOfTen[minorDigits - scale];
        return bits[3] < 0 ? -units : units;
    }

    private decimal AddCoefficient(LineMatcher matcher, long ppm, long[] target)
    {
        foreach (var i in LinesOf(matcher))
        {
            target[i] += ppm;
        }

        return Ppm.ToRate(ppm);
    }

    private decimal AddCoefficient(LineMatcher matcher, decimal value, decimal[] target)
    {
        foreach (var i in LinesOf(matcher))
        {
            target[i] += value;
        }

        return value;
    }

    private decimal AddFixed(LineMatcher matcher, decimal amount, decimal[] byScope)
    {
        if (Match(matcher).Count == 0)
        {
            return 0m;
        }

        if (!scopesWithFixedAmounts.Contains(matcher.Index))
        {
            scopesWithFixedAmounts.Add(matcher.Index);
        }

        byScope[matcher.Index] += amount;
        return amount;
    }

    /// <summary>Spreads the fixed amounts of each scope over its lines, in one pass per scope.</summary>
    public void SpreadFixedAmounts(IReadOnlyList<LineMatcher> matchers)
    {
        foreach (var scope in scopesWithFixedAmounts)
        {
            Spread(matchers[scope], pointsByScope[scope], fixedPoints);

            // A scope usually carries points or a discount, not both: skip the decimal arithmetic of a zero.
            if (discountByScope[scope] != 0m)
            {
                SpreadMicro(matchers[scope], (long)decimal.Truncate(discountByScope[scope] * minorPerMajor * Ppm.One), fixedDiscountMicro);
            }
        }
    }

    /// <summary>Like <see cref="Spread"/>, in whole millionths of a minor unit.</summary>
    private void SpreadMicro(LineMatcher matcher, long total, long[] target)
    {
        var indexes = LinesOf(matcher);
        long seen = 0, assigned = 0, matchMinor = 0;
        foreach (var i in indexes)
        {
            matchMinor += amountMinor[i];
        }

        foreach (var i in total == 0 ? [] : indexes)
        {
            var share = ++seen == indexes.Length ? total - assigned
                : matchMinor == 0 ? total / indexes.Length
                : (long)((Int128)total * amountMinor[i] / matchMinor);
            target[i] += share;
            assigned += share;
        }
    }

    /// <summary>
    /// Spreads <paramref name="total"/> over the lines in scope by amount (evenly when they cost nothing).
    /// The last line takes what is left, so the shares add up to the total exactly despite decimal division.
    /// </summary>
    public void Spread(LineMatcher matcher, decimal total, Span<decimal> target)
    {
        var match = Match(matcher);
        var seen = 0;
        var assigned = 0m;
        foreach (var i in total == 0m ? [] : LinesOf(matcher))
        {
            var share = ++seen == match.Count ? total - assigned
                : match.Amount == 0m ? total / match.Count
                : total * LineAmount[i] / match.Amount;
            target[i] += share;
            assigned += share;
        }
    }
}
