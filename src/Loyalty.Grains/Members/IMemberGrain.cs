using Loyalty.Domain.Commands;
using Loyalty.Grains.Live;
using Loyalty.Runtime;

namespace Loyalty.Grains.Members;

/// <summary>
/// One loyalty member: an event-sourced grain whose every change is a journaled event. Each command
/// carries a transaction id: a retry with the same id and body returns the original outcome; the same
/// id with a different body is refused as a conflict. An accepted outcome is durable.
/// </summary>
public interface IMemberGrain : IGrainWithStringKey
{
    /// <summary>Enrolls the member (once), paying the welcome bonus.</summary>
    Task<MemberOutcome> EnrollAsync(EnrollMember command);

    /// <summary>Applies a purchase: points, cashback, discount, tier, progress.</summary>
    Task<MemberOutcome> PurchaseAsync(RecordPurchase command);

    /// <summary>Evaluates a purchase without applying it: the same effect list, nothing saved.</summary>
    [ReadOnly]
    Task<MemberOutcome> QuoteAsync(QuotePurchase command);

    /// <summary>Returns a purchase, whole or by line, reversing exactly what those lines earned.</summary>
    Task<MemberOutcome> ReturnAsync(ReturnPurchase command);

    /// <summary>Spends points or cashback at once.</summary>
    Task<MemberOutcome> RedeemAsync(RedeemBalance command);

    /// <summary>Reserves points or cashback for a checkout until captured, released or expired.</summary>
    Task<MemberOutcome> HoldAsync(PlaceHold command);

    /// <summary>Spends a hold.</summary>
    Task<MemberOutcome> CaptureAsync(CaptureHold command);

    /// <summary>Gives a hold back.</summary>
    Task<MemberOutcome> ReleaseAsync(ReleaseHold command);

    /// <summary>Balances, tier with progress to the next, challenges and badges; null before enrollment.</summary>
    [ReadOnly]
    Task<MemberAccount?> GetAccountAsync();

    /// <summary>Opts the member in to a challenge; purchases from then on count.</summary>
    Task<MemberOutcome> JoinChallengeAsync(JoinChallenge command);

    /// <summary>The member's challenges with progress, badges and offers; null before enrollment.</summary>
    [ReadOnly]
    Task<MemberChallenges?> GetChallengesAsync();

    /// <summary>
    /// Routes the member's live events to <paramref name="silo"/> for <paramref name="lease"/> (1 s to 10 min); a silo
    /// renews while it holds connections of the member. Returns the journal version the events will follow: every
    /// later change reaches the silo, none before.
    /// </summary>
    Task<long> WatchAsync(ILiveSiloObserver silo, TimeSpan lease);

    /// <summary>Live campaigns that target the member now; null when not enrolled.</summary>
    Task<IReadOnlyList<MemberOffer>?> GetOffersAsync();

    /// <summary>Applied transactions, newest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<MemberActivity>> GetHistoryAsync(int skip, int take);
}
