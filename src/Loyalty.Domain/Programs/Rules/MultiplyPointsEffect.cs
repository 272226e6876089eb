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

    internal override Action<PurchaseEvaluator> Compile(string ruleId)
    {
        var matcher = LineMatcher.For(Lines);
        var extra = Factor - 1m;
        return evaluator =>
        {
            var added = 0m;
            var lines = evaluator.Purchase.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                if (matcher.Matches(lines[i]))
                {
                    var points = evaluator.BasePoints[i] * extra;
                    evaluator.Points[i] += points;
                    added += points;
                }
            }

            evaluator.Record(ruleId, EffectKind.MultiplyPoints, added, null);
        };
    }
}
