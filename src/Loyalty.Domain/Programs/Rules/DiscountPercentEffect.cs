using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Grants a percent off the lines in scope.</summary>
/// <param name="Percent">Percent of the line amounts.</param>
/// <param name="Lines">Discounted lines; null means every line.</param>
public sealed record DiscountPercentEffect(decimal Percent, LineScope? Lines) : RuleEffect
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
            evaluator.Record(ruleId, EffectKind.PercentDiscount, evaluator.AddDiscountRate(matcher, ppm), null);
        };
    }
}
