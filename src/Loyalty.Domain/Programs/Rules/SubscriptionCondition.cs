using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>The member belongs to at least one of the listed subscriptions (case-insensitive).</summary>
/// <param name="Subscriptions">The accepted subscriptions.</param>
public sealed record SubscriptionCondition(IReadOnlyList<string> Subscriptions) : RuleCondition
{
    internal override void Validate(ValidationContext context, string path) => context.RequireValues(Subscriptions, $"{path}.subscriptions");

    internal override int Cost => 3;

    internal override Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation)
    {
        var accepted = MemberValues.Of(Subscriptions);
        return evaluator => MemberValues.ContainsAny(accepted, evaluator.Member.Profile.Subscriptions);
    }
}
