namespace Loyalty.Domain.Evaluation;

/// <summary>Turns the exact accumulators into the rounded, per-line result (the rounding rule of docs/program.md).</summary>
internal static class EvaluationRounding
{
    public static PurchaseEvaluation ToResult(PurchaseEvaluator evaluator, int programVersion, string currency)
    {
        var lines = evaluator.Purchase.Lines;
        var count = lines.Count;
        var perMajor = Currencies.MinorUnitsPerMajor(currency);
        Span<decimal> exact = count <= 32 ? stackalloc decimal[count] : new decimal[count];
        Span<long> points = count <= 32 ? stackalloc long[count] : new long[count];
        Span<long> cashback = count <= 32 ? stackalloc long[count] : new long[count];
        Span<long> discount = count <= 32 ? stackalloc long[count] : new long[count];

        LargestRemainder.Allocate(evaluator.Points.AsSpan(0, count), points);
        for (var i = 0; i < count; i++)
        {
            exact[i] = evaluator.Cashback[i] * perMajor;
        }

        LargestRemainder.Allocate(exact, cashback);
        for (var i = 0; i < count; i++)
        {
            exact[i] = Math.Min(evaluator.Discount[i], lines[i].Amount) * perMajor;
        }

        LargestRemainder.Allocate(exact, discount);

        var earnings = new LineEarning[count];
        long totalPoints = 0, totalCashback = 0, totalDiscount = 0;
        for (var i = 0; i < count; i++)
        {
            earnings[i] = new LineEarning(lines[i].LineId, lines[i].Amount, points[i], cashback[i] / perMajor, discount[i] / perMajor);
            totalPoints += points[i];
            totalCashback += cashback[i];
            totalDiscount += discount[i];
        }

        return new PurchaseEvaluation(
            programVersion,
            evaluator.Amount,
            totalPoints,
            Money.FromMinorUnits(totalCashback, currency),
            Money.FromMinorUnits(totalDiscount, currency),
            earnings,
            [.. evaluator.Effects],
            evaluator.ChallengeProgress.Count == 0 ? [] : [.. evaluator.ChallengeProgress],
            evaluator.NewBadges.Count == 0 ? [] : [.. evaluator.NewBadges]);
    }
}
