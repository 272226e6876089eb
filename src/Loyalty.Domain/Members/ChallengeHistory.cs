using System.Collections.Immutable;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>How challenge events change the member's challenge standings, badges and offers.</summary>
internal static class ChallengeHistory
{
    public static MemberState Join(MemberState state, ChallengeJoined e) =>
        With(state, Of(state, e.ChallengeId, e.Kind, e.Goal) with { Joined = true });

    /// <summary>
    /// The standings after a purchase's <paramref name="advances"/>, and the contributions its record keeps so a return
    /// undoes exactly them. One new array of standings for all the purchase's challenges.
    /// </summary>
    public static (ChallengeStandingDictionary Standings, ChallengeContribution[] Contributions) Advance(
        ChallengeStandingDictionary standings, IReadOnlyList<LineEarning> lines, IReadOnlyList<ChallengeAdvance> advances)
    {
        var changed = new ChallengeState[advances.Count];
        var contributions = new ChallengeContribution[advances.Count];
        var allLineIds = new string[lines.Count];
        for (var i = 0; i < allLineIds.Length; i++)
        {
            allLineIds[i] = lines[i].LineId;
        }

        for (var i = 0; i < advances.Count; i++)
        {
            var advance = advances[i];
            var standing = LatestOf(changed, i, advance.ChallengeId) ?? standings.GetValueOrDefault(advance.ChallengeId);
            var (kind, goal) = advance.TermsAfter(standing);
            var current = standing ?? ChallengeState.New(advance.ChallengeId, kind, goal);
            var contribution = new ChallengeContribution(advance.ChallengeId, kind, advance.LineIds ?? allLineIds, advance.Period, advance.Skus);
            changed[i] = current with
            {
                // The same id, but the definition's own string on a live decision: later lookups then match by reference.
                ChallengeId = advance.ChallengeId,
                Kind = kind,
                Goal = goal,
                Progress = advance.Progress,
                Spend = current.Spend + SpendOf(lines, contribution.LineIds),
                Visits = current.Visits + 1,
                Periods = kind == ChallengeKind.Streak ? Add(current.Periods, advance.Period, +1) : current.Periods,
                Skus = kind == ChallengeKind.SkuSet ? AddAll(current.Skus, advance.Skus!, +1) : current.Skus,
            };
            contributions[i] = contribution;
        }

        return (standings.SetItems(changed), contributions);
    }

    /// <summary>Applies the separate progress event older journals hold after the purchase's own event.</summary>
    public static MemberState Progress(MemberState state, ChallengeProgressed e)
    {
        var record = state.Purchases[e.TransactionId];
        var (standings, contributions) = Advance(state.ChallengeStates, record.Lines, [.. e.Steps.Select(ChallengeAdvance.Of)]);
        return state with
        {
            ChallengeStates = standings,
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

    // A challenge named twice in one purchase (no decider does; a journal could) builds on its own earlier change.
    private static ChallengeState? LatestOf(ChallengeState[] changed, int count, string challengeId)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            if (changed[i].ChallengeId == challengeId)
            {
                return changed[i];
            }
        }

        return null;
    }

    private static MemberState With(MemberState state, ChallengeState challenge) =>
        state with { ChallengeStates = state.ChallengeStates.SetItem(challenge) };

    private static ImmutableSortedDictionary<TKey, int> Add<TKey>(ImmutableSortedDictionary<TKey, int> counts, TKey key, int delta)
        where TKey : notnull
    {
        var count = counts.GetValueOrDefault(key) + delta;
        return count > 0 ? counts.SetItem(key, count) : counts.Remove(key);
    }

    private static ImmutableSortedDictionary<string, int> AddAll(ImmutableSortedDictionary<string, int> counts, IReadOnlyList<string> skus, int delta)
    {
        for (var i = 0; i < skus.Count; i++)
        {
            counts = Add(counts, skus[i], delta);
        }

        return counts;
    }

    /// <summary>The lines a contribution counted, with their spend from the purchase record.</summary>
    public static IEnumerable<ChallengeLine> LinesOf(PurchaseRecord purchase, ChallengeContribution contribution) =>
        contribution.LineIds.Select((lineId, i) => new ChallengeLine(lineId, SpendOf(purchase.Lines, [lineId]), contribution.Skus?[i]));

    private static decimal SpendOf(IReadOnlyList<LineEarning> lines, IReadOnlyList<string> lineIds)
    {
        var spend = 0m;
        for (var i = 0; i < lines.Count; i++)
        {
            spend += lineIds.Contains(lines[i].LineId) ? lines[i].Spend : 0m;
        }

        return spend;
    }
}
