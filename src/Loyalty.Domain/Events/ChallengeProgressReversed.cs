using Loyalty.Domain.Challenges;

namespace Loyalty.Domain.Events;

/// <summary>A return took back what returned lines had given a challenge.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The return.</param>
/// <param name="PurchaseTransactionId">The purchase the lines came from.</param>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Lines">Counted lines that came back.</param>
/// <param name="VisitUndone">True when no counted line of the purchase is left: its visit (and streak period) no longer counts.</param>
/// <param name="Period">The purchase's period (streaks).</param>
/// <param name="Progress">The member's progress after it.</param>
public sealed record ChallengeProgressReversed(
    DateTimeOffset At,
    string TransactionId,
    string PurchaseTransactionId,
    string ChallengeId,
    IReadOnlyList<ChallengeLine> Lines,
    bool VisitUndone,
    int Period,
    decimal Progress) : IMemberEvent;
