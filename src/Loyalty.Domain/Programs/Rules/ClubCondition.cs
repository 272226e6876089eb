using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The member belongs to at least one of the listed clubs (case-insensitive).</summary>
/// <param name="Clubs">The accepted clubs.</param>
public sealed record ClubCondition(IReadOnlyList<string> Clubs) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Clubs, $"{path}.clubs");

    internal override int Cost => 3;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var accepted = MemberValues.Of(Clubs);
        return evaluator => MemberValues.ContainsAny(accepted, evaluator.Member.Profile.Clubs);
    }
}
