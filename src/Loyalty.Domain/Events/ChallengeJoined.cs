using Loyalty.Domain.Challenges;

namespace Loyalty.Domain.Events;

/// <summary>The member opted in to a challenge; purchases from now on count.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The request's transaction id.</param>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Goal">What progress must reach.</param>
public sealed record ChallengeJoined(DateTimeOffset At, string TransactionId, string ChallengeId, ChallengeKind Kind, decimal Goal) : IMemberEvent;
