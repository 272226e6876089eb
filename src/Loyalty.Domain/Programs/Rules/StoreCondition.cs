using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's store is one of the listed values (case-insensitive).</summary>
/// <param name="Stores">The accepted values.</param>
public sealed record StoreCondition(IReadOnlyList<string> Stores) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Stores, $"{path}.stores");

    internal override Func<PurchaseEvaluator, bool> Compile(ProgramDefinition program)
    {
        var accepted = ValueSets.Of(Stores);
        return evaluator => evaluator.Purchase.StoreId is { } value && accepted.Contains(value);
    }
}
