using Loyalty.Domain.Members;

namespace Loyalty.Domain.Commands;

/// <summary>Replace the member's profile (birthday, time zone, segments, clubs, subscriptions).</summary>
/// <param name="TransactionId">Idempotency key.</param>
/// <param name="Profile">The new profile.</param>
public sealed record UpdateProfile(string TransactionId, MemberProfile Profile) : MemberCommand(TransactionId);
