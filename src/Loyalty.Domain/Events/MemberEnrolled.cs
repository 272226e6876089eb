using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>A member joined the program, at its lowest tier.</summary>
/// <param name="At">When.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Profile">What the member told us.</param>
/// <param name="Tier">The starting tier.</param>
/// <param name="TierPeriodEndsAt">End of the first tier period.</param>
public sealed record MemberEnrolled(DateTimeOffset At, string MemberId, MemberProfile Profile, string Tier, DateTimeOffset TierPeriodEndsAt) : IMemberEvent;
