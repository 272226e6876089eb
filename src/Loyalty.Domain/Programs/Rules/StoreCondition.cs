using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's store is one of the listed values (case-insensitive).</summary>
/// <param name="Stores">The accepted values.</param>
public sealed record StoreCondition(IReadOnlyList<string> Stores) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Stores, $"{path}.stores");

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var accepted = compilation.Stores.Mask(Stores);
        return evaluator => Symbols.IsSet(accepted, evaluator.StoreId);
    }
}
