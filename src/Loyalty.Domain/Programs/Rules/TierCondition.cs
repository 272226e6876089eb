using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The member holds one of the listed tiers.</summary>
/// <param name="Tiers">Names of the accepted tier levels.</param>
public sealed record TierCondition(IReadOnlyList<string> Tiers) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path)
    {
        context.RequireValues(Tiers, $"{path}.tiers");
        for (var i = 0; Tiers is not null && i < Tiers.Count; i++)
        {
            context.Require(
                context.Program.Tiers?.Levels?.Any(level => level.Name == Tiers[i]) == true,
                $"{path}.tiers[{i}]",
                $"Unknown tier '{Tiers[i]}'.");
        }
    }

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var mask = 0L;
        for (var level = 0; level < compilation.Program.Tiers.Levels.Count; level++)
        {
            if (Tiers.Contains(compilation.Program.Tiers.Levels[level].Name))
            {
                mask |= 1L << level;
            }
        }

        return evaluator => (mask & (1L << evaluator.TierIndex)) != 0;
    }
}
