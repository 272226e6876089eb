using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The lines in scope add up to at least a quantity and an amount.</summary>
/// <param name="Lines">Which lines count; null means every line.</param>
/// <param name="MinQuantity">Least total quantity of the matching lines.</param>
/// <param name="MinAmount">Least total amount of the matching lines.</param>
public sealed record LineItemsCondition(LineScope? Lines, int MinQuantity, decimal MinAmount) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path)
    {
        Lines?.Validate(context, $"{path}.lines");
        context.Require(MinQuantity >= 0, $"{path}.minQuantity", "Must not be negative.");
        context.Require(MinAmount >= 0, $"{path}.minAmount", "Must not be negative.");
    }

    internal override int Cost => 2;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var matcher = compilation.Matcher(Lines);
        var minQuantity = Math.Max(MinQuantity, 1);
        var minAmount = MinAmount;
        return evaluator =>
        {
            ref readonly var match = ref evaluator.Match(matcher);
            return match.Quantity >= minQuantity && match.Amount >= minAmount;
        };
    }
}
