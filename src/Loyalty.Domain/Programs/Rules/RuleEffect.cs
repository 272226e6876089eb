using System.Text.Json.Serialization;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>What a rule does when its conditions hold; the JSON <c>type</c> names the kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AddPointsEffect), "addPoints")]
[JsonDerivedType(typeof(MultiplyPointsEffect), "multiplyPoints")]
[JsonDerivedType(typeof(CashbackPercentEffect), "cashbackPercent")]
[JsonDerivedType(typeof(DiscountPercentEffect), "discountPercent")]
[JsonDerivedType(typeof(FixedDiscountEffect), "fixedDiscount")]
[JsonDerivedType(typeof(ProgressChallengeEffect), "progressChallenge")]
[JsonDerivedType(typeof(AwardBadgeEffect), "awardBadge")]
public abstract record RuleEffect
{
    internal abstract void Validate(ValidationContext context, string path);

    /// <summary>Turns the effect into an action once per program version.</summary>
    internal abstract Action<PurchaseEvaluator> Compile(string ruleId, RuleCompilation compilation);
}
