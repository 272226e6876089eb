using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>The member's profile changed; rules read the new one from the next purchase on.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The command's transaction id.</param>
/// <param name="Profile">The new profile.</param>
public sealed record ProfileUpdated(DateTimeOffset At, string TransactionId, MemberProfile Profile) : IMemberEvent;
