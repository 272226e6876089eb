using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Credits a percent of the lines in scope to the cashback wallet.</summary>
/// <param name="Percent">Percent of the line amounts.</param>
/// <param name="Lines">Lines that earn cashback; null means every line.</param>
public sealed record CashbackPercentEffect(decimal Percent, LineScope? Lines) : LinePercentEffect(Percent, Lines)
{
    internal override EffectKind Kind => EffectKind.Cashback;

    internal override decimal AddRate(PurchaseEvaluator evaluator, LineMatcher matcher, long ppm) => evaluator.AddCashbackRate(matcher, ppm);
}
