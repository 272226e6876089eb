using Loyalty.Domain.Challenges;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Events rewritten the way versions before <see cref="PurchaseRecorded.Challenges"/> and <see cref="PurchaseRecorded.Campaigns"/> journaled them.</summary>
internal static class OlderJournals
{
    /// <summary>
    /// Each purchase's challenge advances taken out of its event and written as a <see cref="ChallengeProgressed"/>
    /// where the older decider put it: after the purchase's lots, before completions, tier changes and the result.
    /// Its campaign awards go into a <see cref="CampaignBonusesAwarded"/> right after it, where their lot ids say they
    /// belong. Older deciders credited them after the points, with later ids and what debt the points lot left to repay;
    /// this keeps today's ids and debt split, so it checks that the older event applies like the new field, while the
    /// layout those versions really wrote is checked by the fixtures they wrote (<c>Serialization/Fixtures</c>).
    /// </summary>
    /// <param name="events">Events as the deciders write them now.</param>
    /// <param name="before">The state they apply to: an advance leaves out the kind and goal its standing already has.</param>
    public static List<IMemberEvent> AsOlderVersionsWrote(IEnumerable<IMemberEvent> events, MemberState before)
    {
        var rewritten = new List<IMemberEvent>();
        var state = before;
        ChallengeProgressed? pending = null;
        foreach (var memberEvent in events)
        {
            if (pending is not null && memberEvent is not (PointsEarned or CampaignBonusesAwarded or CashbackEarned))
            {
                rewritten.Add(pending);
                pending = null;
            }

            if (memberEvent is PurchaseRecorded recorded && (recorded.Challenges is not null || recorded.Campaigns is not null))
            {
                string[] allLineIds = [.. recorded.Evaluation.Lines.Select(line => line.LineId)];
                pending = recorded.Challenges is { } advances
                    ? new ChallengeProgressed(recorded.At, recorded.TransactionId, [.. advances.Select(a => StepOf(a, allLineIds, state))])
                    : null;
                rewritten.Add(recorded with { Challenges = null, Campaigns = null });
                rewritten.AddRange(recorded.Campaigns is { } awards ? [new CampaignBonusesAwarded(recorded.At, recorded.TransactionId, awards)] : []);
            }
            else
            {
                rewritten.Add(memberEvent);
            }

            state = MemberEvolver.Apply(state, memberEvent);
        }

        rewritten.AddRange(pending is null ? [] : [pending]);
        return rewritten;
    }

    private static ChallengeStep StepOf(ChallengeAdvance advance, string[] allLineIds, MemberState before)
    {
        var (kind, goal) = advance.TermsAfter(before.ChallengeStates.GetValueOrDefault(advance.ChallengeId));
        var contribution = new ChallengeContribution(advance.ChallengeId, kind, advance.LineIds ?? allLineIds, advance.Period, advance.Skus);
        return new ChallengeStep(contribution, advance.Progress, goal);
    }
}
