namespace Loyalty.Domain.Challenges;

/// <summary>
/// A challenge a member works toward with purchases. Its window is a range of local dates read in the
/// member's time zone (the program's when the member has none), so "this week" means the member's week.
/// </summary>
/// <param name="ChallengeId">Stable id; progress is kept under it across program versions.</param>
/// <param name="Name">What the member sees.</param>
/// <param name="Kind">What counts and what the target measures.</param>
/// <param name="StartsOn">First local date on which purchases count.</param>
/// <param name="EndsOn">Last local date on which purchases count (inclusive).</param>
/// <param name="OptIn">True: only purchases after the member joined count; false: every member takes part.</param>
/// <param name="Target">Spend (major units) for <see cref="ChallengeKind.Spend"/>, visits for <see cref="ChallengeKind.Visits"/>,
/// consecutive days or weeks for <see cref="ChallengeKind.Streak"/>; ignored for <see cref="ChallengeKind.SkuSet"/> (every SKU).</param>
/// <param name="Categories">Only lines of these categories count (case-insensitive); null for every line.</param>
/// <param name="Skus">The set to collect, for <see cref="ChallengeKind.SkuSet"/> only.</param>
/// <param name="MinimumSpend">For visits and streaks: what the counted lines of one purchase must reach to qualify.</param>
/// <param name="StreakUnit">For streaks: days or weeks (weeks start on Monday).</param>
/// <param name="Reward">Paid once on completion.</param>
/// <param name="Leaderboard">Whether members are ranked by their progress.</param>
public sealed record ChallengeDefinition(
    string ChallengeId,
    string Name,
    ChallengeKind Kind,
    DateOnly StartsOn,
    DateOnly EndsOn,
    bool OptIn,
    decimal Target,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? Skus,
    decimal MinimumSpend,
    StreakUnit StreakUnit,
    ChallengeReward Reward,
    bool Leaderboard)
{
    /// <summary>What progress must reach to complete.</summary>
    public decimal Goal => Kind == ChallengeKind.SkuSet ? Skus?.Count ?? 0 : Target;

    /// <summary>Whether a purchase on local date <paramref name="date"/> falls in the window.</summary>
    public bool Covers(DateOnly date) => date >= StartsOn && date <= EndsOn;
}

/// <summary>What a challenge counts.</summary>
public enum ChallengeKind
{
    /// <summary>Spend of the counted lines within the window.</summary>
    Spend,

    /// <summary>Qualifying purchases within the window.</summary>
    Visits,

    /// <summary>Consecutive days or weeks with a qualifying purchase.</summary>
    Streak,

    /// <summary>Every SKU of a set bought at least once.</summary>
    SkuSet,
}

/// <summary>The period of a streak.</summary>
public enum StreakUnit
{
    /// <summary>Local calendar days.</summary>
    Days,

    /// <summary>Local calendar weeks, Monday to Sunday.</summary>
    Weeks,
}

/// <summary>What completing a challenge pays.</summary>
/// <param name="Points">Points credited as a lot of their own (pending and expiry as the points wallet says).</param>
/// <param name="BadgeId">A badge awarded, unless the member holds it already.</param>
/// <param name="OfferId">A personal offer unlocked for the member.</param>
public sealed record ChallengeReward(long Points, string? BadgeId, string? OfferId)
{
    /// <summary>No reward.</summary>
    public static ChallengeReward None { get; } = new(0, null, null);
}
