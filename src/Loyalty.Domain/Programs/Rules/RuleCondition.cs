using System.Text.Json.Serialization;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Programs.Rules;

/// <summary>A condition over the purchase or the member; the JSON <c>type</c> names the kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PurchaseAmountCondition), "purchaseAmount")]
[JsonDerivedType(typeof(LineItemsCondition), "lineItems")]
[JsonDerivedType(typeof(StoreCondition), "store")]
[JsonDerivedType(typeof(ChannelCondition), "channel")]
[JsonDerivedType(typeof(PartnerCondition), "partner")]
[JsonDerivedType(typeof(TimeOfDayCondition), "timeOfDay")]
[JsonDerivedType(typeof(DayOfWeekCondition), "dayOfWeek")]
[JsonDerivedType(typeof(TierCondition), "tier")]
[JsonDerivedType(typeof(SegmentCondition), "segment")]
[JsonDerivedType(typeof(ClubCondition), "club")]
[JsonDerivedType(typeof(SubscriptionCondition), "subscription")]
[JsonDerivedType(typeof(EnrollmentAgeCondition), "enrollmentAge")]
[JsonDerivedType(typeof(BirthdayCondition), "birthday")]
public abstract record RuleCondition
{
    internal abstract void Validate(ValidationContext context, string path);

    /// <summary>
    /// Rough cost of testing the condition: 0 a flag or mask test, 1 a comparison of values, 2 sums over lines,
    /// 3 reading the member's profile (string sets, birthday arithmetic). A rule tests its cheapest conditions
    /// first: they are pure, so the order changes what a rule costs, never whether it holds. The profile
    /// conditions come last because they alone could throw on malformed input (a missing list, a date at the
    /// end of the calendar); last, they are tested in no case where the written order would not test them.
    /// </summary>
    internal virtual int Cost => 0;

    /// <summary>Turns the condition into a predicate once per program version; nothing is interpreted per purchase.</summary>
    internal abstract Func<PurchaseEvaluator, bool> Compile(RuleCompilation compilation);
}
