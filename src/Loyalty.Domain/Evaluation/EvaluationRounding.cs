namespace Loyalty.Domain.Evaluation;

/// <summary>Turns the exact accumulators into the rounded, per-line result (the rounding rule of docs/program.md).</summary>
internal static class EvaluationRounding
{
    public static PurchaseEvaluation ToResult(PurchaseEvaluator evaluator, IReadOnlyList<LineMatcher> matchers, int programVersion, string currency, int minorDigits)
    {
        evaluator.SpreadFixedAmounts(matchers);
        var lines = evaluator.Purchase.Lines;
        var count = lines.Count;
        var scratch = evaluator.Scratch;
        scratch.EnsureLines(count);
        var exact = scratch.Exact(count);
        var points = scratch.Points(count);
        var cashback = scratch.Cashback(count);
        var discount = scratch.Discount(count);

        for (var i = 0; i < count; i++)
        {
            exact[i] = evaluator.ExactPoints(i);
        }

        LargestRemainder.Allocate(exact, points);
        var micro = scratch.Micro(count);
        cashback.Clear();
        if (evaluator.HasCashback)
        {
            for (var i = 0; i < count; i++)
            {
                micro[i] = evaluator.ExactCashbackMicro(i);
            }

            LargestRemainder.AllocateMillionths(micro, cashback);
        }

        discount.Clear();
        if (evaluator.HasDiscount)
        {
            for (var i = 0; i < count; i++)
            {
                micro[i] = evaluator.ExactDiscountMicro(i);
            }

            LargestRemainder.AllocateMillionths(micro, discount);
        }

        var earnings = new LineEarning[count];
        long totalPoints = 0, totalCashback = 0, totalDiscount = 0;
        for (var i = 0; i < count; i++)
        {
            earnings[i] = new LineEarning(lines[i].LineId, lines[i].Amount, points[i], Currencies.ToMajor(cashback[i], minorDigits), Currencies.ToMajor(discount[i], minorDigits));
            totalPoints += points[i];
            totalCashback += cashback[i];
            totalDiscount += discount[i];
        }

        return new PurchaseEvaluation(
            programVersion,
            evaluator.Amount,
            totalPoints,
            new Money(Currencies.ToMajor(totalCashback, minorDigits), currency),
            new Money(Currencies.ToMajor(totalDiscount, minorDigits), currency),
            earnings,
            evaluator.CopyEffects(),
            evaluator.ChallengeProgress.Count == 0 ? [] : [.. evaluator.ChallengeProgress],
            evaluator.NewBadges.Count == 0 ? [] : [.. evaluator.NewBadges]);
    }
}
