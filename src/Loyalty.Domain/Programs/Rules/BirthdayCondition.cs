using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's local date is within N days of the member's birthday (either side).</summary>
/// <param name="WithinDays">0 means on the birthday itself.</param>
public sealed record BirthdayCondition(int WithinDays) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) =>
        context.Require(WithinDays is >= 0 and <= 31, $"{path}.withinDays", "Must be between 0 and 31.");

    internal override int Cost => 3;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var within = WithinDays;
        return evaluator => evaluator.Member.Profile.Birthday is { } birthday
            && Birthdays.DaysFrom(birthday, evaluator.LocalDate) <= within;
    }
}
