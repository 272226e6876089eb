using System.Collections.Immutable;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>How challenge events change the member's challenge standings, badges and offers.</summary>
internal static class ChallengeHistory
{
    public static MemberState Join(MemberState state, ChallengeJoined e) =>
        With(state, Of(state, e.ChallengeId, e.Kind, e.Goal) with { Joined = true });

    public static MemberState Progress(MemberState state, ChallengeProgressed e)
    {
        var record = state.Purchases[e.TransactionId];
        var standings = state.ChallengeStates.ToBuilder();
        var contributions = new ChallengeContribution[e.Steps.Count];
        for (var i = 0; i < e.Steps.Count; i++)
        {
            var (contribution, progress, goal) = e.Steps[i];
            var current = standings.GetValueOrDefault(contribution.ChallengeId) ?? ChallengeState.New(contribution.ChallengeId, contribution.Kind, goal);
            standings[contribution.ChallengeId] = current with
            {
                Kind = contribution.Kind,
                Goal = goal,
                Progress = progress,
                Spend = current.Spend + SpendOf(record, contribution.LineIds),
                Visits = current.Visits + 1,
                Periods = contribution.Kind == ChallengeKind.Streak ? Add(current.Periods, contribution.Period, +1) : current.Periods,
                Skus = contribution.Kind == ChallengeKind.SkuSet ? AddAll(current.Skus, contribution.Skus!, +1) : current.Skus,
            };
            contributions[i] = contribution;
        }

        return state with
        {
            ChallengeStates = standings.ToImmutable(),
            Purchases = state.Purchases.SetItem(e.TransactionId, record with { ChallengeContributions = [.. record.ChallengeContributions, .. contributions] }),
        };
    }

    public static MemberState Complete(MemberState state, ChallengeCompleted e)
    {
        var completion = new ChallengeCompletion(e.TransactionId, e.At, e.Lot?.LotId, e.BadgeId, e.OfferId);
        return With(state, state.ChallengeStates[e.ChallengeId] with { Completion = completion }) with
        {
            Badges = e.BadgeId is { } badge ? state.Badges.Add(badge) : state.Badges,
            Offers = e.OfferId is { } offer ? state.Offers.Add(offer) : state.Offers,
        };
    }

    public static MemberState Reverse(MemberState state, ChallengeProgressReversed e)
    {
        var current = state.ChallengeStates[e.ChallengeId];
        var updated = current with
        {
            Progress = e.Progress,
            Spend = current.Spend - e.Lines.Sum(line => line.Spend),
            Visits = current.Visits - (e.VisitUndone ? 1 : 0),
            Periods = current.Kind == ChallengeKind.Streak && e.VisitUndone ? Add(current.Periods, e.Period, -1) : current.Periods,
            Skus = current.Kind == ChallengeKind.SkuSet ? AddAll(current.Skus, [.. e.Lines.Select(line => line.Sku!)], -1) : current.Skus,
        };
        return With(state, updated);
    }

    public static MemberState Revoke(MemberState state, ChallengeRewardRevoked e) =>
        With(state, state.ChallengeStates[e.ChallengeId] with { Completion = null }) with
        {
            Badges = e.BadgeId is { } badge ? state.Badges.Remove(badge) : state.Badges,
            Offers = e.OfferId is { } offer ? state.Offers.Remove(offer) : state.Offers,
        };

    private static ChallengeState Of(MemberState state, string challengeId, ChallengeKind kind, decimal goal) =>
        state.ChallengeStates.TryGetValue(challengeId, out var known) ? known : ChallengeState.New(challengeId, kind, goal);

    private static MemberState With(MemberState state, ChallengeState challenge) =>
        state with { ChallengeStates = state.ChallengeStates.SetItem(challenge.ChallengeId, challenge) };

    private static ImmutableSortedDictionary<TKey, int> Add<TKey>(ImmutableSortedDictionary<TKey, int> counts, TKey key, int delta)
        where TKey : notnull
    {
        var count = counts.GetValueOrDefault(key) + delta;
        return count > 0 ? counts.SetItem(key, count) : counts.Remove(key);
    }

    private static ImmutableSortedDictionary<string, int> AddAll(ImmutableSortedDictionary<string, int> counts, IReadOnlyList<string> skus, int delta)
    {
        foreach (var sku in skus)
        {
            counts = Add(counts, sku, delta);
        }

        return counts;
    }

    /// <summary>The lines a contribution counted, with their spend from the purchase record.</summary>
    public static IEnumerable<ChallengeLine> LinesOf(PurchaseRecord purchase, ChallengeContribution contribution) =>
        contribution.LineIds.Select((lineId, i) => new ChallengeLine(lineId, SpendOf(purchase, [lineId]), contribution.Skus?[i]));

    private static decimal SpendOf(PurchaseRecord purchase, IReadOnlyList<string> lineIds)
    {
        var spend = 0m;
        foreach (var line in purchase.Lines)
        {
            spend += lineIds.Contains(line.LineId) ? line.Spend : 0m;
        }

        return spend;
    }
}
