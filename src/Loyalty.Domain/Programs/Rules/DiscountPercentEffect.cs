using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Grants a percent off the lines in scope.</summary>
/// <param name="Percent">Percent of the line amounts.</param>
/// <param name="Lines">Discounted lines; null means every line.</param>
public sealed record DiscountPercentEffect(decimal Percent, LineScope? Lines) : LinePercentEffect(Percent, Lines)
{
    internal override EffectKind Kind => EffectKind.PercentDiscount;

    internal override decimal AddRate(PurchaseEvaluator evaluator, LineMatcher matcher, long ppm) => evaluator.AddDiscountRate(matcher, ppm);
}
