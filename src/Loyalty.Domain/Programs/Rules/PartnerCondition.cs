using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The purchase's partner is one of the listed values (case-insensitive).</summary>
/// <param name="Partners">The accepted values.</param>
public sealed record PartnerCondition(IReadOnlyList<string> Partners) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Partners, $"{path}.partners");

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var accepted = compilation.Partners.Mask(Partners);
        return evaluator => Symbols.IsSet(accepted, evaluator.PartnerId);
    }
}
