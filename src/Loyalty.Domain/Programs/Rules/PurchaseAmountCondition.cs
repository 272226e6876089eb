using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase total lies within [min, max].</summary>
/// <param name="Min">Smallest qualifying total; null for no lower bound.</param>
/// <param name="Max">Largest qualifying total; null for no upper bound.</param>
public sealed record PurchaseAmountCondition(decimal? Min, decimal? Max) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path)
    {
        context.Require(Min is not null || Max is not null, path, "Set min, max or both.");
        context.Require(Min is null || Max is null || Min <= Max, $"{path}.max", "Must not be below min.");
    }

    internal override int Cost => 1;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var min = Min ?? decimal.MinValue;
        var max = Max ?? decimal.MaxValue;
        return evaluator => evaluator.Amount >= min && evaluator.Amount <= max;
    }
}
