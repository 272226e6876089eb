using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Evaluation;

/// <summary>Benefits that need no rule: the member's tier and the program-wide discount.</summary>
internal sealed class ProgramBenefits(TierPolicy tiers, DiscountProgram discounts, LineMatcher allLines)
{
    // Each tier's benefits converted once, so a purchase does no decimal arithmetic to read them.
    private readonly TierBenefits[] levels = [.. tiers.Levels.Select(TierBenefits.Of)];
    private readonly (decimal MinLifetimeSpend, long Ppm)[] brackets =
        [.. discounts.Brackets.OrderBy(bracket => bracket.MinLifetimeSpend).Select(bracket => (bracket.MinLifetimeSpend, Ppm.FromPercent(bracket.Percent)))];
    private readonly long fixedPpm = Ppm.FromPercent(discounts.FixedPercent);

    public void Apply(PurchaseEvaluator evaluator)
    {
        var tier = levels[evaluator.TierIndex];
        if (tier.HasExtraPoints)
        {
            evaluator.Record("tier", EffectKind.MultiplyPoints, evaluator.MultiplyPoints(allLines, tier.ExtraFactor), tier.Name);
        }

        if (tier.CashbackPpm > 0)
        {
            evaluator.Record("tier", EffectKind.Cashback, evaluator.AddCashbackRate(allLines, tier.CashbackPpm), tier.Name);
        }

        if (tier.DiscountPpm > 0)
        {
            evaluator.Record("tier", EffectKind.PercentDiscount, evaluator.AddDiscountRate(allLines, tier.DiscountPpm), tier.Name);
        }

        var ppm = DiscountPpm(evaluator.Member.LifetimeSpend);
        if (ppm > 0)
        {
            evaluator.Record("discountProgram", EffectKind.PercentDiscount, evaluator.AddDiscountRate(allLines, ppm), null);
        }
    }

    private long DiscountPpm(decimal lifetimeSpend)
    {
        if (discounts.Kind == DiscountKind.Fixed)
        {
            return fixedPpm;
        }

        var ppm = 0L;
        for (var i = 0; discounts.Kind == DiscountKind.Cumulative && i < brackets.Length && brackets[i].MinLifetimeSpend <= lifetimeSpend; i++)
        {
            ppm = brackets[i].Ppm;
        }

        return ppm;
    }

    /// <summary>A tier level's benefits as the evaluator adds them: the extra factor and rates in parts per million.</summary>
    private sealed record TierBenefits(string Name, bool HasExtraPoints, decimal ExtraFactor, long CashbackPpm, long DiscountPpm)
    {
        public static TierBenefits Of(TierLevel level) => new(
            level.Name,
            level.EarnMultiplier > 1m,
            level.EarnMultiplier - 1m,
            Ppm.FromPercent(level.CashbackPercent),
            Ppm.FromPercent(level.DiscountPercent));
    }
}
