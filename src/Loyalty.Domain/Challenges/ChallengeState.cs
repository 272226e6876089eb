using System.Collections.Immutable;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// A member's standing in one challenge: running aggregates of the purchases that count (not the
/// purchases themselves), so a purchase costs the same however long the member's history is.
/// </summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Kind">Its kind, as of the last change.</param>
/// <param name="Goal">What progress must reach, as of the last change.</param>
/// <param name="Joined">Whether the member opted in.</param>
/// <param name="Progress">Spend, visits, longest streak or SKUs collected.</param>
/// <param name="Spend">Spend of the counted lines not returned.</param>
/// <param name="Visits">Qualifying purchases not wholly returned.</param>
/// <param name="Periods">Streaks: qualifying purchases per period number.</param>
/// <param name="Skus">SKU sets: counted lines per SKU of the set.</param>
/// <param name="Completion">The completion and its reward, while it stands.</param>
public sealed record ChallengeState(
    string ChallengeId,
    ChallengeKind Kind,
    decimal Goal,
    bool Joined,
    decimal Progress,
    decimal Spend,
    int Visits,
    ImmutableSortedDictionary<int, int> Periods,
    ImmutableSortedDictionary<string, int> Skus,
    ChallengeCompletion? Completion)
{
    /// <summary>A challenge the member has done nothing in yet.</summary>
    public static ChallengeState New(string challengeId, ChallengeKind kind, decimal goal) => new(
        challengeId,
        kind,
        goal,
        false,
        0m,
        0m,
        0,
        ImmutableSortedDictionary<int, int>.Empty,
        ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal),
        null);

    /// <summary>Whether the challenge is completed and its reward stands.</summary>
    public bool IsCompleted => Completion is not null;
}

/// <summary>A completed challenge's reward, kept so a return can take it back.</summary>
/// <param name="TransactionId">The purchase that completed it.</param>
/// <param name="At">When.</param>
/// <param name="RewardLotId">The lot its points were credited to, if any.</param>
/// <param name="BadgeId">The badge it awarded, if any.</param>
/// <param name="OfferId">The offer it unlocked, if any.</param>
public sealed record ChallengeCompletion(string TransactionId, DateTimeOffset At, long? RewardLotId, string? BadgeId, string? OfferId);
