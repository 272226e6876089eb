using Loyalty.Domain.Members;

namespace Loyalty.Domain.Evaluation;

/// <summary>What rules may read about the member at the moment of a purchase.</summary>
/// <param name="Tier">Name of the tier held.</param>
/// <param name="Profile">Birthday, time zone, segments, clubs and subscriptions.</param>
/// <param name="EnrolledAt">When the member enrolled.</param>
/// <param name="LifetimeSpend">Net spend of all earlier purchases (after returns), for cumulative discounts.</param>
/// <param name="Badges">Badges already held; they are not awarded twice.</param>
public sealed record MemberSnapshot(
    string Tier,
    MemberProfile Profile,
    DateTimeOffset EnrolledAt,
    decimal LifetimeSpend,
    IReadOnlySet<string> Badges);
