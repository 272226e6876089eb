using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Grains.Leaderboards;

namespace Loyalty.Grains.Members;

/// <summary>What the member's decisions post to leaderboards: challenge standings and monthly points.</summary>
public sealed partial class MemberGrain
{
    // The member's score on the month board last posted to. A month's score is scanned from the purchases once per
    // activation and then moved by each decision, so a purchase costs no scan of the member's history.
    private (DateOnly Month, long Points)? _monthlyPoints;

    private void FeedLeaderboards(Decision decision, MemberState before, CompiledProgram program)
    {
        FeedMonthlyPoints(decision, before, program);
        FeedChallengeBoards(decision, program);
    }

    private void FeedMonthlyPoints(Decision decision, MemberState before, CompiledProgram program)
    {
        foreach (var memberEvent in decision.Events)
        {
            var transactionId = memberEvent switch
            {
                PurchaseRecorded e => e.TransactionId,
                PurchaseReturned e => e.PurchaseTransactionId,
                _ => null,
            };
            if (transactionId is null || !decision.State.Purchases.TryGetValue(transactionId, out var purchase))
            {
                continue;
            }

            var month = MonthlyPoints.MonthOf(purchase.At, program.TimeZone);
            var points = _monthlyPoints is { } known && known.Month == month
                ? known.Points + purchase.NetPoints - (before.Purchases.GetValueOrDefault(transactionId)?.NetPoints ?? 0)
                : MonthlyPoints.Of(decision.State, month, program.TimeZone);
            _monthlyPoints = (month, points);
            _leaderboards.Post(MonthlyPoints.Board(month), new LeaderboardScore(decision.State.MemberId, points, _journal.Version));
        }
    }

    private void FeedChallengeBoards(Decision decision, CompiledProgram program)
    {
        if (program.RankedChallenges.Count == 0)
        {
            return;
        }

        foreach (var memberEvent in decision.Events)
        {
            switch (memberEvent)
            {
                case PurchaseRecorded { Challenges: { } advances }:
                    for (var i = 0; i < advances.Count; i++)
                    {
                        PostStanding(decision.State, advances[i].ChallengeId, program);
                    }

                    break;
                case ChallengeProgressReversed reversed:
                    PostStanding(decision.State, reversed.ChallengeId, program);
                    break;
            }
        }
    }

    private void PostStanding(MemberState state, string challengeId, CompiledProgram program)
    {
        if (program.RankedChallenges.Contains(challengeId) && state.ChallengeStates.TryGetValue(challengeId, out var standing))
        {
            _leaderboards.Post(challengeId, new LeaderboardScore(state.MemberId, standing.Progress, _journal.Version));
        }
    }
}
