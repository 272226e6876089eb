using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;
using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Members;

/// <summary>Tiers: qualified by what was earned or spent in the rolling window, never by the balance.</summary>
internal static class TierDecider
{
    /// <summary>Upgrades happen at once, on the purchase that qualifies.</summary>
    public static void UpgradeIfQualified(DecisionBuilder builder, CompiledProgram program, string transactionId)
    {
        var state = builder.State;
        var qualifying = QualifyingIndex(state, program, builder.Now);
        if (qualifying > program.TierIndexOf(state.Tier))
        {
            var to = program.Definition.Tiers.Levels[qualifying].Name;
            builder.Emit(new TierChanged(builder.Now, state.Tier, to, TierChangeReason.Upgrade, transactionId, builder.Now.AddDays(program.Definition.Tiers.PeriodDays)));
        }
    }

    /// <summary>Returning the purchase that caused the latest upgrade undoes it, unless the member still qualifies.</summary>
    public static void UndoUpgradeOf(DecisionBuilder builder, CompiledProgram program, string purchaseTransactionId)
    {
        var state = builder.State;
        if (state.LastUpgrade is not { } upgrade || upgrade.TransactionId != purchaseTransactionId)
        {
            return;
        }

        var qualifying = QualifyingIndex(state, program, builder.Now);
        var current = program.TierIndexOf(state.Tier);
        if (qualifying < current)
        {
            var to = Math.Max(qualifying, program.TierIndexOf(upgrade.PreviousTier));
            var periodEndsAt = to == current ? state.TierPeriodEndsAt : upgrade.PreviousPeriodEndsAt;
            builder.Emit(new TierChanged(builder.Now, state.Tier, program.Definition.Tiers.Levels[to].Name, TierChangeReason.ReturnReversal, purchaseTransactionId, periodEndsAt));
        }
    }

    /// <summary>Downgrades happen only here, once the period has ended, by the program's policy.</summary>
    public static Rejection? ClosePeriod(DecisionBuilder builder, CompiledProgram program)
    {
        var state = builder.State;
        var now = builder.Now;
        if (now < state.TierPeriodEndsAt)
        {
            return null;
        }

        var policy = program.Definition.Tiers;
        var current = program.TierIndexOf(state.Tier);
        var qualifying = QualifyingIndex(state, program, now);
        var to = qualifying >= current ? qualifying : policy.Downgrade == DowngradePolicy.OneStepDown ? current - 1 : qualifying;
        var periodEndsAt = state.TierPeriodEndsAt;
        while (periodEndsAt <= now)
        {
            periodEndsAt = periodEndsAt.AddDays(policy.PeriodDays);
        }

        if (to != current || policy.Levels[to].Name != state.Tier)
        {
            builder.Emit(new TierChanged(now, state.Tier, policy.Levels[to].Name, TierChangeReason.PeriodEnd, null, periodEndsAt));
        }

        builder.Emit(new TierPeriodRenewed(now, policy.Levels[to].Name, periodEndsAt));
        return null;
    }

    /// <summary>The highest level whose threshold the rolling window reaches.</summary>
    public static int QualifyingIndex(MemberState state, CompiledProgram program, DateTimeOffset now)
    {
        var policy = program.Definition.Tiers;
        var metric = QualifyingMetric(state, program, now);
        var index = 0;
        while (index + 1 < policy.Levels.Count && policy.Levels[index + 1].Threshold <= metric)
        {
            index++;
        }

        return index;
    }

    /// <summary>Spend or points earned (per the tier basis) in the rolling window ending at <paramref name="now"/>.</summary>
    public static decimal QualifyingMetric(MemberState state, CompiledProgram program, DateTimeOffset now)
    {
        var policy = program.Definition.Tiers;
        var (spend, points) = state.Timeline.Between(now.AddDays(-policy.WindowDays), now);
        return policy.Basis == TierBasis.Spend ? spend : points;
    }
}
