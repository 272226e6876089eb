using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Multiplies the base points of the lines in scope; multipliers add up (2x and 3x make 4x), they do not compound.</summary>
/// <param name="Factor">At least 1; adds (factor - 1) times the base points.</param>
/// <param name="Lines">Lines multiplied; null means every line.</param>
public sealed record MultiplyPointsEffect(decimal Factor, LineScope? Lines) : RuleEffect
{
    internal override void Validate(ValidationContext context, string path)
    {
        context.Require(Factor is >= 1m and <= 100m, $"{path}.factor", "Must be between 1 and 100.");
        Lines?.Validate(context, $"{path}.lines");
    }

    internal override Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation)
    {
        var matcher = compilation.Matcher(Lines);
        var extra = Factor - 1m;
        return evaluator => evaluator.Record(ruleId, EffectKind.MultiplyPoints, evaluator.MultiplyPoints(matcher, extra), null);
    }
}
