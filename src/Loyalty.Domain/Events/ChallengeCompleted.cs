using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>A purchase completed a challenge and its reward was paid.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Lot">The reward points' lot, if the reward has points.</param>
/// <param name="BadgeId">The badge awarded, if any (none when already held).</param>
/// <param name="OfferId">The personal offer unlocked, if any.</param>
public sealed record ChallengeCompleted(DateTimeOffset At, string TransactionId, string ChallengeId, LotCredit? Lot, string? BadgeId, string? OfferId) : IMemberEvent;
