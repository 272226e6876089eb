using System.Collections.Immutable;
using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>
/// How purchase events change the purchase history, lifetime spend, challenges and badges. Whatever changes a
/// purchase's time, net spend or net points (recording it, a return) must set <see cref="MemberState.Timeline"/> too;
/// linking lots, campaign bonuses and challenge contributions change none of them and leave it as it is.
/// </summary>
internal static class PurchaseHistory
{
    public static MemberState Record(MemberState state, PurchaseRecorded e)
    {
        var awards = e.Campaigns ?? [];
        var (campaigns, campaignLotIds) = Split(awards);
        if (awards.Count > 0)
        {
            state = Ledger.Credit(state, awards, e.TransactionId, e.At);
        }

        var evaluation = e.Evaluation;
        var (standings, contributions) = e.Challenges is { Count: > 0 } advances
            ? ChallengeHistory.Advance(state.ChallengeStates, evaluation.Lines, advances)
            : (state.ChallengeStates, []);
        var record = new PurchaseRecord(e.TransactionId, e.At, evaluation.Lines, evaluation.Progress, [], null, null)
        {
            Badges = evaluation.Badges,
            ChallengeContributions = contributions,
            Campaigns = campaigns,
            CampaignLotIds = campaignLotIds,
        };
        var challenges = state.Challenges;
        foreach (var progress in evaluation.Progress)
        {
            challenges = challenges.SetItem(progress.ChallengeId, challenges.GetValueOrDefault(progress.ChallengeId) + progress.Amount);
        }

        var purchases = state.Purchases.Add(e.TransactionId, record);
        return state with
        {
            Purchases = purchases,
            Timeline = state.Timeline.Add(record, purchases.Values),
            LifetimeSpend = state.LifetimeSpend + evaluation.Spend,
            Challenges = challenges,
            ChallengeStates = standings,
            Badges = state.Badges.Union(evaluation.Badges),
            CampaignPoints = awards.Count > 0 ? CountCampaignPoints(state.CampaignPoints, awards) : state.CampaignPoints,
        };
    }

    public static MemberState LinkLot(MemberState state, string transactionId, LotCredit lot)
    {
        if (!state.Purchases.TryGetValue(transactionId, out var record))
        {
            return state;
        }

        var linked = lot.Wallet == Wallet.Points ? record with { PointsLotId = lot.LotId } : record with { CashbackLotId = lot.LotId };
        return state with { Purchases = state.Purchases.SetItem(transactionId, linked) };
    }

    /// <summary>Links campaign bonuses an older journal wrote after the purchase (<see cref="CampaignBonusesAwarded"/>) to its record.</summary>
    public static MemberState AddCampaignBonuses(MemberState state, string transactionId, IReadOnlyList<CampaignAward> awards)
    {
        var record = state.Purchases[transactionId];
        var linked = record with
        {
            Campaigns = [.. record.Campaigns, .. awards.Select(award => award.Bonus)],
            CampaignLotIds = [.. record.CampaignLotIds, .. awards.Select(award => award.Lot.LotId)],
        };
        return state with { Purchases = state.Purchases.SetItem(transactionId, linked), CampaignPoints = CountCampaignPoints(state.CampaignPoints, awards) };
    }

    // Exact-size arrays: the purchase record keeps both for as long as the purchase may be returned.
    private static (IReadOnlyList<CampaignBonus> Bonuses, IReadOnlyList<long> LotIds) Split(IReadOnlyList<CampaignAward> awards)
    {
        if (awards.Count == 0)
        {
            return ([], []);
        }

        var (bonuses, lotIds) = (new CampaignBonus[awards.Count], new long[awards.Count]);
        for (var i = 0; i < awards.Count; i++)
        {
            (bonuses[i], lotIds[i]) = (awards[i].Bonus, awards[i].Lot.LotId);
        }

        return (bonuses, lotIds);
    }

    // What each campaign paid the member, for its per-member cap.
    private static ImmutableDictionary<string, long> CountCampaignPoints(ImmutableDictionary<string, long> campaignPoints, IReadOnlyList<CampaignAward> awards)
    {
        var counted = campaignPoints.ToBuilder();
        for (var i = 0; i < awards.Count; i++)
        {
            var bonus = awards[i].Bonus;
            counted[bonus.CampaignId] = counted.GetValueOrDefault(bonus.CampaignId) + bonus.Points;
        }

        return counted.ToImmutable();
    }

    public static MemberState Return(MemberState state, PurchaseReturned e)
    {
        var record = state.Purchases[e.PurchaseTransactionId];
        var challenges = state.Challenges;
        foreach (var progress in e.Progress)
        {
            challenges = challenges.SetItem(progress.ChallengeId, challenges.GetValueOrDefault(progress.ChallengeId) - progress.Amount);
        }

        var returned = record with { ReturnedLineIds = [.. record.ReturnedLineIds, .. e.LineIds] };
        var purchases = state.Purchases.SetItem(e.PurchaseTransactionId, returned);
        return state with
        {
            Purchases = purchases,
            Timeline = PurchaseTimeline.Of(purchases.Values),
            LifetimeSpend = state.LifetimeSpend - e.Spend,
            Challenges = challenges,
        };
    }
}
