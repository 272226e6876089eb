using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The member belongs to at least one of the listed segments (case-insensitive).</summary>
/// <param name="Segments">The accepted segments.</param>
public sealed record SegmentCondition(IReadOnlyList<string> Segments) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Segments, $"{path}.segments");

    internal override int Cost => 3;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var accepted = MemberValues.Of(Segments);
        return evaluator => MemberValues.ContainsAny(accepted, evaluator.Member.Profile.Segments);
    }
}
