using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// A member's standing in one challenge: running aggregates of the purchases that count (not the
/// purchases themselves), so a purchase costs the same however long the member's history is.
/// </summary>
// What a purchase leaves as it was (kind, goal, opt-in, completion) lives apart and is shared by the standing's versions:
// a purchase in ten challenges makes ten new standings, 88 bytes each instead of 112, and the member keeps the newest.
// Read and written as before: the same properties, in the same order, through one marked constructor.
public sealed record ChallengeState
{
    private readonly Terms _terms;

    /// <summary>A standing; see the properties.</summary>
    [JsonConstructor]
    public ChallengeState(
        string challengeId,
        ChallengeKind kind,
        decimal goal,
        bool joined,
        decimal progress,
        decimal spend,
        int visits,
        ImmutableSortedDictionary<int, int> periods,
        ImmutableSortedDictionary<string, int> skus,
        ChallengeCompletion? completion)
    {
        (ChallengeId, Progress, Spend, Visits, Periods, Skus) = (challengeId, progress, spend, visits, periods, skus);
        _terms = new Terms(kind, goal, joined, completion);
    }

    /// <summary>The challenge.</summary>
    public string ChallengeId { get; init; }

    /// <summary>Its kind, as of the last change.</summary>
    public ChallengeKind Kind { get => _terms.Kind; init => _terms = _terms.Kind == value ? _terms : _terms with { Kind = value }; }

    /// <summary>What progress must reach, as of the last change.</summary>
    public decimal Goal { get => _terms.Goal; init => _terms = Same(_terms.Goal, value) ? _terms : _terms with { Goal = value }; }

    /// <summary>Whether the member opted in.</summary>
    public bool Joined { get => _terms.Joined; init => _terms = _terms.Joined == value ? _terms : _terms with { Joined = value }; }

    /// <summary>Spend, visits, longest streak or SKUs collected.</summary>
    public decimal Progress { get; init; }

    /// <summary>Spend of the counted lines not returned.</summary>
    public decimal Spend { get; init; }

    /// <summary>Qualifying purchases not wholly returned.</summary>
    public int Visits { get; init; }

    /// <summary>Streaks: qualifying purchases per period number.</summary>
    public ImmutableSortedDictionary<int, int> Periods { get; init; }

    /// <summary>SKU sets: counted lines per SKU of the set.</summary>
    public ImmutableSortedDictionary<string, int> Skus { get; init; }

    /// <summary>The completion and its reward, while it stands.</summary>
    public ChallengeCompletion? Completion { get => _terms.Completion; init => _terms = ReferenceEquals(_terms.Completion, value) ? _terms : _terms with { Completion = value }; }

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

    // Equal and written alike: 1000 and 1000.0 are equal decimals but not the same JSON.
    private static bool Same(decimal a, decimal b) => a == b && a.Scale == b.Scale;

    private sealed record Terms(ChallengeKind Kind, decimal Goal, bool Joined, ChallengeCompletion? Completion);
}

/// <summary>A completed challenge's reward, kept so a return can take it back.</summary>
/// <param name="TransactionId">The purchase that completed it.</param>
/// <param name="At">When.</param>
/// <param name="RewardLotId">The lot its points were credited to, if any.</param>
/// <param name="BadgeId">The badge it awarded, if any.</param>
/// <param name="OfferId">The offer it unlocked, if any.</param>
public sealed record ChallengeCompletion(string TransactionId, DateTimeOffset At, long? RewardLotId, string? BadgeId, string? OfferId);
