using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's local day of week is one of the listed days.</summary>
/// <param name="Days">The accepted days.</param>
public sealed record DayOfWeekCondition(IReadOnlyList<DayOfWeek> Days) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireNonEmpty(Days, $"{path}.days");

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var mask = 0;
        foreach (var day in Days)
        {
            mask |= 1 << (int)day;
        }

        return evaluator => (mask & (1 << (int)evaluator.LocalDayOfWeek)) != 0;
    }
}
