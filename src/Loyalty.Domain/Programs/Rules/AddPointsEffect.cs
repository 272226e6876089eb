using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Adds a fixed number of points, attributed to the lines in scope in proportion to their amount.</summary>
/// <param name="Points">Points added.</param>
/// <param name="Lines">Lines the bonus is attributed to (and reversed with); null means every line.</param>
public sealed record AddPointsEffect(long Points, LineScope? Lines) : RuleEffect
{
    internal override void Validate(ValidationContext context, string path)
    {
        context.Require(Points > 0, $"{path}.points", "Must be positive.");
        Lines?.Validate(context, $"{path}.lines");
    }

    internal override Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation)
    {
        var matcher = compilation.Matcher(Lines);
        var points = (decimal)Points;
        return evaluator =>
        {
            evaluator.Record(ruleId, EffectKind.AddPoints, evaluator.AddPoints(matcher, points), null);
        };
    }
}
