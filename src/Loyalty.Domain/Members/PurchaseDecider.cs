using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>Purchases and quotes: one evaluation; a purchase also credits lots (live campaigns, then the program) and may upgrade the tier.</summary>
internal static class PurchaseDecider
{
    private static Rejection? Evaluate(DecisionBuilder builder, Purchase purchase, CompiledProgram program)
    {
        if (PurchaseValidator.Check(purchase, program.Definition.Currency, builder.Now) is { } rejection)
        {
            return rejection;
        }

        var state = builder.State;
        var member = new MemberSnapshot(state.Tier, state.Profile, state.EnrolledAt, state.LifetimeSpend, state.Badges);
        builder.Evaluation = program.Evaluate(purchase, member);
        return null;
    }

    public static Rejection? Record(DecisionBuilder builder, RecordPurchase command, CompiledProgram program, ICampaignBudget? campaigns)
    {
        if (Evaluate(builder, command.Purchase, program) is { } rejection)
        {
            return rejection;
        }

        var (evaluation, bonuses) = CampaignDecider.Award(builder.State, command.Purchase, builder.Evaluation!, campaigns);
        builder.Evaluation = evaluation;
        var definition = program.Definition;
        var now = builder.Now;
        var challenges = ChallengeDecider.Advances(builder.State, command.Purchase, program);
        var awards = CampaignDecider.AwardsOf(builder.State, bonuses, program, now);
        builder.Emit(new PurchaseRecorded(now, command.TransactionId, command.Purchase.OccurredAt, evaluation) { Challenges = challenges, Campaigns = awards });
        if (evaluation.Points > 0)
        {
            builder.Emit(new PointsEarned(now, command.TransactionId, LotCredits.New(builder.State, Wallet.Points, evaluation.Points, definition.Points, now)));
        }

        var cashback = evaluation.Cashback.ToMinorUnits();
        if (cashback > 0)
        {
            builder.Emit(new CashbackEarned(now, command.TransactionId, LotCredits.New(builder.State, Wallet.Cashback, cashback, definition.Cashback, now)));
        }

        ChallengeDecider.CompleteReached(builder, command.TransactionId, challenges, program);
        TierDecider.UpgradeIfQualified(builder, program, command.TransactionId);
        return null;
    }
}
