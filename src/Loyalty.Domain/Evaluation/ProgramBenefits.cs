using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Evaluation;

/// <summary>Benefits that need no rule: the member's tier and the program-wide discount.</summary>
internal sealed class ProgramBenefits(TierPolicy tiers, DiscountProgram discounts, LineMatcher allLines)
{
    private readonly TierLevel[] levels = [.. tiers.Levels];
    private readonly DiscountBracket[] brackets = [.. discounts.Brackets.OrderBy(bracket => bracket.MinLifetimeSpend)];

    public void Apply(PurchaseEvaluator evaluator)
    {
        var tier = levels[evaluator.TierIndex];
        if (tier.EarnMultiplier > 1m)
        {
            evaluator.Record("tier", EffectKind.MultiplyPoints, evaluator.MultiplyPoints(allLines, tier.EarnMultiplier - 1m), tier.Name);
        }

        if (tier.CashbackPercent > 0m)
        {
            evaluator.Record("tier", EffectKind.Cashback, evaluator.AddCashbackRate(allLines, Ppm.FromPercent(tier.CashbackPercent)), tier.Name);
        }

        if (tier.DiscountPercent > 0m)
        {
            evaluator.Record("tier", EffectKind.PercentDiscount, evaluator.AddDiscountRate(allLines, Ppm.FromPercent(tier.DiscountPercent)), tier.Name);
        }

        var percent = DiscountPercent(evaluator.Member.LifetimeSpend);
        if (percent > 0m)
        {
            evaluator.Record("discountProgram", EffectKind.PercentDiscount, evaluator.AddDiscountRate(allLines, Ppm.FromPercent(percent)), null);
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
