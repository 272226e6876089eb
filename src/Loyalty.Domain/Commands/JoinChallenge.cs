namespace Loyalty.Domain.Commands;

/// <summary>The member opts in to a challenge that asks for it.</summary>
/// <param name="TransactionId">Idempotency key.</param>
/// <param name="ChallengeId">The challenge.</param>
public sealed record JoinChallenge(string TransactionId, string ChallengeId) : MemberCommand(TransactionId);
