using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>Awards a badge (once; a badge the member holds is not awarded again).</summary>
/// <param name="BadgeId">The badge.</param>
public sealed record AwardBadgeEffect(string BadgeId) : RuleEffect
{
    internal override void Validate(ValidationContext context, string path) =>
        context.Require(!string.IsNullOrWhiteSpace(BadgeId), $"{path}.badgeId", "Must not be blank.");

    internal override Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation)
    {
        var badgeId = BadgeId;
        return evaluator => evaluator.AwardBadge(ruleId, badgeId);
    }
}
