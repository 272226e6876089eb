using Loyalty.Domain.Challenges;

namespace Loyalty.Domain.Events;

/// <summary>
/// A purchase moved challenges forward. Written by versions before a purchase's own event carried its challenge
/// advances (<see cref="PurchaseRecorded.Challenges"/>, one journal row less per purchase); no decider writes it
/// any more, and older journals still replay it.
/// </summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Steps">Each challenge's contribution and the member's progress after it.</param>
public sealed record ChallengeProgressed(DateTimeOffset At, string TransactionId, IReadOnlyList<ChallengeStep> Steps) : IMemberEvent;
