using Loyalty.Domain.Members;

namespace Loyalty.Domain.Commands;

/// <summary>Enroll the member (credits the welcome bonus).</summary>
/// <param name="TransactionId">Idempotency key.</param>
/// <param name="MemberId">The member.</param>
/// <param name="Profile">Birthday, time zone, segments, clubs, subscriptions.</param>
public sealed record EnrollMember(string TransactionId, string MemberId, MemberProfile Profile) : MemberCommand(TransactionId);
