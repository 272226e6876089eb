using Loyalty.Domain.Challenges;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>
/// Challenges on purchases, returns and opt-ins. A purchase costs O(challenges in the program): each
/// looks only at its own aggregates, never at earlier purchases. A return undoes the purchase's own
/// contributions and, when a completed challenge falls below its goal, takes the reward back.
/// </summary>
internal static class ChallengeDecider
{
    /// <summary>
    /// What the purchase gives each challenge it counts toward and the progress after it, in the program's order of
    /// challenges (<see cref="CompleteReached"/> relies on it); null when it counts toward none. The purchase's own event
    /// carries them (<see cref="PurchaseRecorded.Challenges"/>).
    /// </summary>
    public static IReadOnlyList<ChallengeAdvance>? Advances(MemberState state, Purchase purchase, CompiledProgram program)
    {
        var challenges = program.Definition.Challenges;
        if (challenges.Count == 0)
        {
            return null;
        }

        var localDate = LocalDate(state, program, purchase.OccurredAt);
        var allLineIds = LineIdsOf(purchase);
        List<ChallengeAdvance>? advances = null;
        for (var i = 0; i < challenges.Count; i++)
        {
            var challenge = challenges[i];
            var current = state.ChallengeStates.GetValueOrDefault(challenge.ChallengeId);
            if (!challenge.Covers(localDate) || (challenge.OptIn && current is not { Joined: true }) || current is { IsCompleted: true })
            {
                continue;
            }

            if (ChallengeMeasure.Count(challenge, purchase, allLineIds) is not var (lineIds, skus, spend))
            {
                continue;
            }

            var period = ChallengeMeasure.PeriodOf(challenge, localDate);
            var progress = ChallengeMeasure.ProgressWith(current ?? ChallengeState.New(challenge.ChallengeId, challenge.Kind, challenge.Goal), challenge.Kind, period, skus, spend);
            var counted = ReferenceEquals(lineIds, allLineIds) ? null : SameAsEarlier(advances, lineIds);
            (advances ??= new(challenges.Count)).Add(ChallengeAdvance.Against(current, challenge.ChallengeId, challenge.Kind, challenge.Goal, progress, counted, period, skus));
        }

        return advances;
    }

    // The purchase record keeps each advance's lines for as long as the purchase may be returned, and challenges of one
    // category count the same lines: they share one list.
    private static IReadOnlyList<string> SameAsEarlier(List<ChallengeAdvance>? advances, IReadOnlyList<string> lineIds)
    {
        for (var i = 0; i < (advances?.Count ?? 0); i++)
        {
            if (advances![i].LineIds is { } earlier && SameLines(earlier, lineIds))
            {
                return earlier;
            }
        }

        return lineIds;
    }

    private static bool SameLines(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Completes the challenges whose goal <paramref name="advances"/> reached, paying their rewards.</summary>
    public static void CompleteReached(DecisionBuilder builder, string transactionId, IReadOnlyList<ChallengeAdvance>? advances, CompiledProgram program)
    {
        // Advances come in the definitions' order, so one pass over both pairs them (no lookup, nothing allocated).
        var challenges = program.Definition.Challenges;
        for (int i = 0, next = 0; i < (advances?.Count ?? 0); i++)
        {
            var advance = advances![i];
            while (next < challenges.Count && challenges[next].ChallengeId != advance.ChallengeId)
            {
                next++;
            }

            if (next == challenges.Count)
            {
                throw new InvalidOperationException($"Advance of '{advance.ChallengeId}' is not in the program's order of challenges.");
            }

            // The advance leaves out a goal the standing has; the standing took it from this definition either way.
            if (advance.Progress >= challenges[next].Goal)
            {
                Complete(builder, transactionId, challenges[next], program);
            }
        }
    }

    public static void Undo(DecisionBuilder builder, string returnId, PurchaseRecord purchase, IReadOnlyList<string> returnedLineIds)
    {
        foreach (var contribution in purchase.ChallengeContributions)
        {
            var returned = ChallengeHistory.LinesOf(purchase, contribution).Where(line => returnedLineIds.Contains(line.LineId)).ToArray();
            if (returned.Length == 0 || !builder.State.ChallengeStates.TryGetValue(contribution.ChallengeId, out var current))
            {
                continue;
            }

            var visitUndone = contribution.LineIds.All(lineId => returnedLineIds.Contains(lineId) || purchase.ReturnedLineIds.Contains(lineId));
            var progress = ChallengeMeasure.ProgressWithout(current, returned, visitUndone, contribution.Period);
            builder.Emit(new ChallengeProgressReversed(builder.Now, returnId, purchase.TransactionId, contribution.ChallengeId, returned, visitUndone, contribution.Period, progress));
            if (current.Completion is { } completion && progress < current.Goal)
            {
                builder.Emit(new ChallengeRewardRevoked(builder.Now, returnId, contribution.ChallengeId, Unspent(builder.State, completion.RewardLotId), completion.BadgeId, completion.OfferId));
            }
        }
    }

    public static Rejection? Join(DecisionBuilder builder, JoinChallenge command, CompiledProgram program)
    {
        var challenge = program.Definition.Challenges.FirstOrDefault(c => c.ChallengeId == command.ChallengeId);
        if (challenge is null)
        {
            return new Rejection(RejectionCode.UnknownChallenge, $"The program has no challenge '{command.ChallengeId}'.", "challengeId");
        }

        if (!challenge.OptIn)
        {
            return new Rejection(RejectionCode.ChallengeNotJoinable, "Every member takes part in this challenge without joining.", "challengeId");
        }

        if (LocalDate(builder.State, program, builder.Now) > challenge.EndsOn)
        {
            return new Rejection(RejectionCode.ChallengeNotJoinable, $"The challenge ended on {challenge.EndsOn:yyyy-MM-dd}.", "challengeId");
        }

        if (builder.State.ChallengeStates.GetValueOrDefault(challenge.ChallengeId) is { Joined: true })
        {
            return new Rejection(RejectionCode.AlreadyJoined, "The member joined this challenge already.", "challengeId");
        }

        builder.Emit(new ChallengeJoined(builder.Now, command.TransactionId, challenge.ChallengeId, challenge.Kind, challenge.Goal));
        return null;
    }

    /// <summary>The local date of <paramref name="at"/> in the member's time zone, or the program's when the member has none.</summary>
    public static DateOnly LocalDate(MemberState state, CompiledProgram program, DateTimeOffset at)
    {
        var zone = state.Profile.TimeZone is { } own && TimeZoneInfo.TryFindSystemTimeZoneById(own, out var found) ? found : program.TimeZone;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
    }

    private static string[] LineIdsOf(Purchase purchase)
    {
        var lineIds = new string[purchase.Lines.Count];
        for (var i = 0; i < lineIds.Length; i++)
        {
            lineIds[i] = purchase.Lines[i].LineId;
        }

        return lineIds;
    }

    private static void Complete(DecisionBuilder builder, string transactionId, ChallengeDefinition challenge, CompiledProgram program)
    {
        var reward = challenge.Reward;
        var lot = reward.Points > 0 ? LotCredits.New(builder.State, Wallet.Points, reward.Points, program.Definition.Points, builder.Now) : null;
        var badge = reward.BadgeId is { } id && !builder.State.Badges.Contains(id) ? id : null;
        var offer = reward.OfferId is { } offerId && !builder.State.Offers.Contains(offerId) ? offerId : null;
        builder.Emit(new ChallengeCompleted(builder.Now, transactionId, challenge.ChallengeId, lot, badge, offer));
    }

    // Policy: only what is still in the reward's own lot comes back; points already spent, held or
    // expired stay with the member and never become debt (docs/program.md, "Returns and challenges").
    private static Reversal Unspent(MemberState state, long? rewardLotId)
    {
        var remaining = rewardLotId is { } lotId ? state.Lots[(int)lotId - 1].Remaining : 0;
        return remaining > 0 ? new Reversal(remaining, [new LotDraw(rewardLotId!.Value, remaining)], 0) : Reversal.None;
    }
}
