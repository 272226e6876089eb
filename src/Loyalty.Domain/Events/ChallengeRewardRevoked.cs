namespace Loyalty.Domain.Events;

/// <summary>
/// A return took a completed challenge below its goal: the reward's unspent points, its badge and its
/// offer were taken back (points already spent are not; see docs/program.md).
/// </summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The return.</param>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Points">Points taken back from the reward's own lot; never debt.</param>
/// <param name="BadgeId">The badge removed, if any.</param>
/// <param name="OfferId">The offer withdrawn, if any.</param>
public sealed record ChallengeRewardRevoked(DateTimeOffset At, string TransactionId, string ChallengeId, Reversal Points, string? BadgeId, string? OfferId) : IMemberEvent;
