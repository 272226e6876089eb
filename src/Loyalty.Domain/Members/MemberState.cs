using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Loyalty.Domain.Challenges;

namespace Loyalty.Domain.Members;

/// <summary>
/// Everything a member holds, rebuilt by folding the member's events in order (<see cref="MemberEvolver.Apply"/>).
/// Immutable: applying an event returns a new state.
/// </summary>
/// <param name="MemberId">The member.</param>
/// <param name="IsEnrolled">Whether the member has enrolled.</param>
/// <param name="EnrolledAt">When.</param>
/// <param name="Profile">Birthday, time zone and groups.</param>
/// <param name="Tier">The tier held.</param>
/// <param name="TierPeriodEndsAt">The earliest moment the tier may be downgraded.</param>
/// <param name="LastUpgrade">The latest upgrade, while a return of its purchase could still undo it.</param>
/// <param name="Lots">The ledger: lot n sits at index n - 1.</param>
/// <param name="Points">Totals of the points wallet.</param>
/// <param name="Cashback">Totals of the cashback wallet (minor units).</param>
/// <param name="Holds">Open holds by hold id.</param>
/// <param name="Purchases">Purchases by transaction id, for returns and tier qualification.</param>
/// <param name="Challenges">Net progress by challenge id.</param>
/// <param name="Badges">Badges held.</param>
/// <param name="LifetimeSpend">Net spend of all purchases after returns.</param>
/// <param name="LastBirthdayBonusYear">The last year a birthday bonus was paid.</param>
/// <param name="Processed">Transactions applied, by id.</param>
public sealed record MemberState(
    string MemberId,
    bool IsEnrolled,
    DateTimeOffset EnrolledAt,
    MemberProfile Profile,
    string Tier,
    DateTimeOffset TierPeriodEndsAt,
    TierUpgrade? LastUpgrade,
    LotLedger Lots,
    WalletTotals Points,
    WalletTotals Cashback,
    ImmutableDictionary<string, Hold> Holds,
    ImmutableDictionary<string, PurchaseRecord> Purchases,
    ImmutableDictionary<string, decimal> Challenges,
    ImmutableSortedSet<string> Badges,
    decimal LifetimeSpend,
    int? LastBirthdayBonusYear,
    ImmutableDictionary<string, ProcessedTransaction> Processed)
{
    /// <summary>The state before any event.</summary>
    public static MemberState Empty { get; } = new(
        string.Empty,
        false,
        default,
        MemberProfile.Empty,
        string.Empty,
        default,
        null,
        LotLedger.Empty,
        WalletTotals.Zero,
        WalletTotals.Zero,
        ImmutableDictionary<string, Hold>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, PurchaseRecord>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, decimal>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal),
        0m,
        null,
        ImmutableDictionary<string, ProcessedTransaction>.Empty.WithComparers(StringComparer.Ordinal));

    // Backing fields: the generated JSON reader sets init properties missing from older snapshots to null.
    private readonly ImmutableDictionary<string, long>? campaignPoints;
    private readonly ChallengeStandingDictionary? challengeStates;
    private readonly ImmutableSortedSet<string>? offers;
    private readonly ImmutableList<string>? recentResults;

    // Derived from Purchases, never serialized: PurchaseHistory keeps it in step, and the first read after a load builds it.
    private PurchaseTimeline? timeline;

    /// <summary>
    /// How many of the newest transactions keep their result in memory (and in snapshots). Older ones keep only their
    /// request hash: a retry is still recognised at once, and its result is read from the journal, which keeps them all.
    /// A till retries within seconds, before the member's next transaction, so the newest one suffices; a retry after a
    /// newer transaction still gets its exact result, from one indexed journal read. Each kept result (about 1.5 KB in
    /// memory and 2 KB in a snapshot with ten challenges) stays resident for as long as the member does: with a million
    /// resident members, each result kept is gigabytes of heap that every full GC walks. On a busy silo each also
    /// outlives a young-generation collection before the next transaction replaces it (two kept: 0.9 KiB more copied by
    /// the GC per purchase in the engagement benchmark).
    /// </summary>
    public const int RecentResultsKept = 1;

    /// <summary>The transactions whose result <see cref="Processed"/> still holds, oldest first.</summary>
    public ImmutableList<string> RecentResults
    {
        get => recentResults ?? [];
        init => recentResults = value;
    }

    /// <summary>
    /// Campaign points paid by campaign id, gross of returns (a per-member cap counts what was paid).
    /// An init property rather than a parameter, so snapshots written before campaigns still load.
    /// </summary>
    public ImmutableDictionary<string, long> CampaignPoints
    {
        get => campaignPoints ?? ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal);
        init => campaignPoints = value;
    }

    /// <summary>Standing in each challenge by id.</summary>
    public ChallengeStandingDictionary ChallengeStates
    {
        get => challengeStates ?? ChallengeStandingDictionary.Empty;
        init => challengeStates = value;
    }

    /// <summary>Personal offers unlocked by completed challenges.</summary>
    public ImmutableSortedSet<string> Offers
    {
        get => offers ?? ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);
        init => offers = value;
    }

    /// <summary>The purchases in time order with running net totals: tier qualification reads its window from it.</summary>
    [JsonIgnore]
    internal PurchaseTimeline Timeline
    {
        get => timeline is { } known && known.Count == Purchases.Count ? known : timeline = PurchaseTimeline.Of(Purchases.Values);
        init => timeline = value;
    }

    /// <summary>The totals of <paramref name="wallet"/>.</summary>
    public WalletTotals TotalsOf(Wallet wallet) => wallet == Wallet.Points ? Points : Cashback;

    /// <summary>The next lot id.</summary>
    public long NextLotId => Lots.Count + 1;

    /// <summary>Balances at <paramref name="now"/>.</summary>
    public MemberBalances BalancesAt(DateTimeOffset now) => MemberBalances.Of(this, now);
}
