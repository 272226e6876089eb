using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Evaluation;

/// <summary>Benefits that need no rule: the member's tier and the program-wide discount.</summary>
internal sealed class ProgramBenefits(TierPolicy tiers, DiscountProgram discounts)
{
    private readonly TierLevel[] levels = [.. tiers.Levels];
    private readonly DiscountBracket[] brackets = [.. discounts.Brackets.OrderBy(bracket => bracket.MinLifetimeSpend)];

    public void Apply(PurchaseEvaluator evaluator)
    {
        var tier = levels[evaluator.TierIndex];
        if (tier.EarnMultiplier > 1m)
        {
            var extra = tier.EarnMultiplier - 1m;
            var added = 0m;
            for (var i = 0; i < evaluator.Purchase.Lines.Count; i++)
            {
                var points = evaluator.BasePoints[i] * extra;
                evaluator.Points[i] += points;
                added += points;
            }

            evaluator.Record("tier", EffectKind.MultiplyPoints, added, tier.Name);
        }

        if (tier.CashbackPercent > 0m)
        {
            var added = evaluator.AddRateOfAmount(tier.CashbackPercent / 100m, LineMatcher.All, evaluator.Cashback);
            evaluator.Record("tier", EffectKind.Cashback, added, tier.Name);
        }

        if (tier.DiscountPercent > 0m)
        {
            var added = evaluator.AddRateOfAmount(tier.DiscountPercent / 100m, LineMatcher.All, evaluator.Discount);
            evaluator.Record("tier", EffectKind.PercentDiscount, added, tier.Name);
        }

        var percent = DiscountPercent(evaluator.Member.LifetimeSpend);
        if (percent > 0m)
        {
            var added = evaluator.AddRateOfAmount(percent / 100m, LineMatcher.All, evaluator.Discount);
            evaluator.Record("discountProgram", EffectKind.PercentDiscount, added, null);
        }
    }

    private decimal DiscountPercent(decimal lifetimeSpend)
    {
        if (discounts.Kind == DiscountKind.Fixed)
        {
            return discounts.FixedPercent;
        }

        var percent = 0m;
        for (var i = 0; discounts.Kind == DiscountKind.Cumulative && i < brackets.Length && brackets[i].MinLifetimeSpend <= lifetimeSpend; i++)
        {
            percent = brackets[i].Percent;
        }

        return percent;
    }
}
