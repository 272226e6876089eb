using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Folds events into state. Pure: the same events from <see cref="MemberState.Empty"/> always give the same state.</summary>
public static class MemberEvolver
{
    /// <summary>The state after <paramref name="memberEvent"/>.</summary>
    public static MemberState Apply(MemberState state, IMemberEvent memberEvent)
    {
        ArgumentNullException.ThrowIfNull(state);
        return memberEvent switch
        {
            MemberEnrolled e => state with
            {
                MemberId = e.MemberId, IsEnrolled = true, EnrolledAt = e.At, Profile = e.Profile, Tier = e.Tier, TierPeriodEndsAt = e.TierPeriodEndsAt,
            },
            ProfileUpdated e => state with { Profile = e.Profile },
            WelcomeBonusAwarded e => Ledger.Credit(state, e.Lot, e.TransactionId, e.At),
            BirthdayBonusAwarded e => Ledger.Credit(state, e.Lot, e.TransactionId, e.At) with { LastBirthdayBonusYear = e.Year },
            PurchaseRecorded e => PurchaseHistory.Record(state, e),
            PointsEarned e => PurchaseHistory.LinkLot(Ledger.Credit(state, e.Lot, e.TransactionId, e.At), e.TransactionId, e.Lot),
            CashbackEarned e => PurchaseHistory.LinkLot(Ledger.Credit(state, e.Lot, e.TransactionId, e.At), e.TransactionId, e.Lot),
            CampaignBonusAwarded e => AwardCampaigns(state, e.TransactionId, [new CampaignAward(e.Bonus, e.Lot)], e.At),
            CampaignBonusesAwarded e => AwardCampaigns(state, e.TransactionId, e.Awards, e.At),
            BalanceRedeemed e => Ledger.Redeem(state, e),
            BalanceHeld e => Ledger.Hold(state, e),
            HoldCaptured e => Ledger.Capture(state, e.HoldId),
            HoldReleased e => Ledger.Release(state, e.HoldId),
            HoldExpired e => Ledger.Release(state, e.HoldId),
            PurchaseReturned e => PurchaseHistory.Return(Ledger.Reverse(state, e), e),
            LotsExpired e => Ledger.Expire(state, e),
            TierChanged e => state with
            {
                Tier = e.To,
                TierPeriodEndsAt = e.PeriodEndsAt,
                LastUpgrade = e.Reason == TierChangeReason.Upgrade && e.CausedBy is { } cause
                    ? new TierUpgrade(cause, e.From, state.TierPeriodEndsAt)
                    : null,
            },
            TierPeriodRenewed e => state with { Tier = e.Tier, TierPeriodEndsAt = e.PeriodEndsAt, LastUpgrade = null },
            ChallengeJoined e => ChallengeHistory.Join(state, e),
            ChallengeProgressed e => ChallengeHistory.Progress(state, e),
            ChallengeCompleted e => ChallengeHistory.Complete(e.Lot is { } lot ? Ledger.Credit(state, lot, e.TransactionId, e.At) : state, e),
            ChallengeProgressReversed e => ChallengeHistory.Reverse(state, e),
            ChallengeRewardRevoked e => ChallengeHistory.Revoke(Ledger.TakeBack(state, Wallet.Points, e.Points), e),
            BadgeRevoked e => state with { Badges = state.Badges.Remove(e.BadgeId) },
            TransactionCompleted e => Complete(state, e),
            _ => throw new ArgumentException($"Unknown event {memberEvent?.GetType().Name}.", nameof(memberEvent)),
        };
    }

    // Keeps the result of the newest transactions only; an older one keeps its hash, its result stays in the journal.
    private static MemberState Complete(MemberState state, TransactionCompleted e)
    {
        var processed = state.Processed.SetItem(e.TransactionId, new ProcessedTransaction(e.RequestHash, e.Result));
        var recent = state.RecentResults.Add(e.TransactionId);
        // A loop, not one step: a snapshot written when more were kept holds more, and they go at its first transaction.
        while (recent.Count > MemberState.RecentResultsKept)
        {
            var oldest = recent[0];
            recent = recent.RemoveAt(0);
            processed = processed.SetItem(oldest, processed[oldest] with { Result = null });
        }

        return state with { Processed = processed, RecentResults = recent };
    }

    private static MemberState AwardCampaigns(MemberState state, string transactionId, IReadOnlyList<CampaignAward> awards, DateTimeOffset at) =>
        PurchaseHistory.AddCampaignBonuses(Ledger.Credit(state, awards, transactionId, at), transactionId, awards);

    /// <summary>Folds <paramref name="events"/> over <paramref name="state"/> in order.</summary>
    public static MemberState Replay(MemberState state, IEnumerable<IMemberEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var memberEvent in events)
        {
            state = Apply(state, memberEvent);
        }

        return state;
    }
}
