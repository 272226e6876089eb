using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Grants a fixed amount off, spread over the lines in proportion to their amount.</summary>
/// <param name="Amount">Amount off in the program currency; never more than the purchase.</param>
public sealed record FixedDiscountEffect(decimal Amount) : RuleEffect
{
    internal override void Validate(ValidationContext context, string path) =>
        context.Require(Amount > 0, $"{path}.amount", "Must be positive.");

    internal override Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation)
    {
        var amount = Amount;
        var allLines = compilation.AllLines;
        return evaluator => evaluator.Record(ruleId, EffectKind.FixedDiscount, evaluator.AddFixedDiscount(allLines, amount), null);
    }
}
