using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Credits a percent of the lines in scope to the cashback wallet.</summary>
/// <param name="Percent">Percent of the line amounts.</param>
/// <param name="Lines">Lines that earn cashback; null means every line.</param>
public sealed record CashbackPercentEffect(decimal Percent, LineScope? Lines) : RuleEffect
{
    internal override void Validate(ValidationContext context, string path)
    {
        context.RequirePercent(Percent, $"{path}.percent");
        Lines?.Validate(context, $"{path}.lines");
    }

    internal override Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation)
    {
        var matcher = compilation.Matcher(Lines);
        var ppm = Ppm.FromPercent(Percent);
        return evaluator =>
        {
            evaluator.Record(ruleId, EffectKind.Cashback, evaluator.AddCashbackRate(matcher, ppm), null);
        };
    }
}
