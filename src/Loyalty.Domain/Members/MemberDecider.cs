using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Members;

/// <summary>
/// The member's decision function: <c>Decide(state, command, program, now)</c> → events and a result, or a
/// rejection. Pure: reads no clock, no randomness, no I/O.
/// </summary>
public static class MemberDecider
{
    /// <summary>
    /// Decides what <paramref name="command"/> does to a member in <paramref name="state"/> at <paramref name="now"/>;
    /// a purchase also earns from the live <paramref name="campaigns"/>, as far as their budget reserves.
    /// </summary>
    public static Decision Decide(MemberState state, MemberCommand command, CompiledProgram program, DateTimeOffset now, ICampaignBudget? campaigns = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(program);
        string? requestHash = null;
        if (command.IsRecorded)
        {
            requestHash = RequestHash.Of(command);
            if (state.Processed.TryGetValue(command.TransactionId, out var done))
            {
                // A result no longer held in memory is the caller's to read from the journal (Decision.ResultInJournal).
                return done.RequestHash == requestHash
                    ? Decision.Replayed(state, done.Result)
                    : Decision.Rejected(state, new Rejection(RejectionCode.IdempotencyConflict, $"Transaction '{command.TransactionId}' was already applied with a different request.", "transactionId"));
            }
        }

        if (command is not EnrollMember && !state.IsEnrolled)
        {
            return Decision.Rejected(state, new Rejection(RejectionCode.NotEnrolled, "The member has not enrolled."));
        }

        var builder = new DecisionBuilder(state, now);
        var rejection = command switch
        {
            EnrollMember c => EnrollDecider.Enroll(builder, c, program),
            UpdateProfile c => EnrollDecider.UpdateProfile(builder, c),
            RecordPurchase c => PurchaseDecider.Record(builder, c, program, campaigns),
            // A quote is the purchase's own decision, never made durable: points, campaigns, challenges and tier alike.
            QuotePurchase c => PurchaseDecider.Record(builder, new RecordPurchase(QuoteId(state, c.TransactionId), c.Purchase), program, campaigns),
            RedeemBalance c => RedeemDecider.Redeem(builder, c),
            PlaceHold c => HoldDecider.Place(builder, c),
            CaptureHold c => HoldDecider.Capture(builder, c),
            ReleaseHold c => HoldDecider.Release(builder, c),
            ReturnPurchase c => ReturnDecider.Return(builder, c, program),
            ExpireDue => ExpiryDecider.Expire(builder),
            CloseTierPeriod => TierDecider.ClosePeriod(builder, program),
            AwardBirthdayBonus c => BirthdayDecider.Award(builder, c, program),
            JoinChallenge c => ChallengeDecider.Join(builder, c, program),
            _ => throw new ArgumentException($"Unknown command {command.GetType().Name}.", nameof(command)),
        };
        if (rejection is not null)
        {
            return Decision.Rejected(state, rejection);
        }

        var decision = builder.Accept(command.TransactionId, requestHash);
        // A quote shows what the purchase would do and changes nothing: no events, the state as it was.
        return command is QuotePurchase ? decision with { Events = [], State = state } : decision;
    }

    // A quote may reuse a recorded purchase's id (a till re-quoting a basket it posted): its thrown-away decision then
    // records the purchase under an id no transaction can have, so the two never meet in the member's history.
    private static string QuoteId(MemberState state, string transactionId) =>
        state.Purchases.ContainsKey(transactionId) ? "\u0000quote:" + transactionId : transactionId;
}
