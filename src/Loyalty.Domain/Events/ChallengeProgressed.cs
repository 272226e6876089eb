using Loyalty.Domain.Challenges;

namespace Loyalty.Domain.Events;

/// <summary>
/// A purchase moved challenges forward: one event for every challenge it counted toward, so a purchase
/// in ten challenges adds one event (and one state change) to the journal, not ten.
/// </summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Steps">Each challenge's contribution and the member's progress after it.</param>
public sealed record ChallengeProgressed(DateTimeOffset At, string TransactionId, IReadOnlyList<ChallengeStep> Steps) : IMemberEvent;
