using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's local time of day is in [from, to); a window with from after to wraps past midnight.</summary>
/// <param name="From">Start of the window, inclusive, in local time.</param>
/// <param name="To">End of the window, exclusive, in local time.</param>
public sealed record TimeOfDayCondition(TimeOnly From, TimeOnly To) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) =>
        context.Require(From != To, $"{path}.to", "Must differ from 'from'.");

    internal override int Cost => 1;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var from = From;
        var to = To;
        if (from < to)
        {
            return evaluator => evaluator.LocalTimeOfDay >= from && evaluator.LocalTimeOfDay < to;
        }

        return evaluator => evaluator.LocalTimeOfDay >= from || evaluator.LocalTimeOfDay < to;
    }
}
