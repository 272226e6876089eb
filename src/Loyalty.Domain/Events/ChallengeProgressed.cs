using Loyalty.Domain.Challenges;

namespace Loyalty.Domain.Events;

/// <summary>A purchase moved a challenge forward.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Contribution">What it counted.</param>
/// <param name="Progress">The member's progress after it.</param>
/// <param name="Goal">What progress must reach.</param>
public sealed record ChallengeProgressed(DateTimeOffset At, string TransactionId, ChallengeContribution Contribution, decimal Progress, decimal Goal) : IMemberEvent;
