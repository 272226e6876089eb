using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The member enrolled between min and max whole days before the purchase.</summary>
/// <param name="MinDays">Least membership age in days; null for no lower bound.</param>
/// <param name="MaxDays">Greatest membership age in days; null for no upper bound.</param>
public sealed record EnrollmentAgeCondition(int? MinDays, int? MaxDays) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path)
    {
        context.Require(MinDays is not null || MaxDays is not null, path, "Set minDays, maxDays or both.");
        context.Require(MinDays is null or >= 0, $"{path}.minDays", "Must not be negative.");
        context.Require(MinDays is null || MaxDays is null || MinDays <= MaxDays, $"{path}.maxDays", "Must not be below minDays.");
    }

    internal override int Cost => 1;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var min = MinDays ?? 0;
        var max = MaxDays ?? int.MaxValue;
        return evaluator =>
        {
            var days = (evaluator.Purchase.OccurredAt - evaluator.Member.EnrolledAt).Days;
            return days >= min && days <= max;
        };
    }
}
