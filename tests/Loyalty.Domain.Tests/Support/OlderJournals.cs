using Loyalty.Domain.Challenges;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Events rewritten the way versions before <see cref="PurchaseRecorded.Challenges"/> journaled them.</summary>
internal static class OlderJournals
{
    /// <summary>
    /// Each purchase's challenge advances taken out of its event and written as a <see cref="ChallengeProgressed"/>
    /// where the older decider put it: after the purchase's lots, before completions, tier changes and the result.
    /// </summary>
    public static List<IMemberEvent> WithSeparateProgress(IEnumerable<IMemberEvent> events)
    {
        var rewritten = new List<IMemberEvent>();
        ChallengeProgressed? pending = null;
        foreach (var memberEvent in events)
        {
            if (pending is not null && memberEvent is not (PointsEarned or CampaignBonusesAwarded or CashbackEarned))
            {
                rewritten.Add(pending);
                pending = null;
            }

            if (memberEvent is PurchaseRecorded { Challenges: { } advances } recorded)
            {
                string[] allLineIds = [.. recorded.Evaluation.Lines.Select(line => line.LineId)];
                pending = new ChallengeProgressed(recorded.At, recorded.TransactionId, [.. advances.Select(a => new ChallengeStep(a.ContributionOf(allLineIds), a.Progress, a.Goal))]);
                rewritten.Add(recorded with { Challenges = null });
            }
            else
            {
                rewritten.Add(memberEvent);
            }
        }

        rewritten.AddRange(pending is null ? [] : [pending]);
        return rewritten;
    }
}
