using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;

namespace Loyalty.Domain.Members;

/// <summary>
/// Flash campaigns on a purchase, after the program: each live campaign offers points, the budget
/// grants what it still can, and the effect list says what was paid and what the budget could not pay.
/// </summary>
internal static class CampaignDecider
{
    public static (PurchaseEvaluation Evaluation, IReadOnlyList<CampaignBonus> Bonuses) Award(
        MemberState state, Purchase purchase, PurchaseEvaluation evaluation, ICampaignBudget? budget)
    {
        if (budget is null || budget.Live.Count == 0)
        {
            return (evaluation, []);
        }

        // The program's effects first, then one per campaign that pays: the usual case fills both arrays exactly. A
        // campaign its budget could not pay in full adds a second effect, and only then does the array grow.
        var programEffects = evaluation.Effects.Count;
        var effects = new AppliedEffect[programEffects + budget.Live.Count];
        var added = 0;
        var bonuses = new CampaignBonus[budget.Live.Count];
        var paid = 0;
        for (var i = 0; i < budget.Live.Count; i++)
        {
            var campaign = budget.Live[i];
            var offered = CampaignOffer.Claim(campaign, purchase, state, evaluation);
            var wanted = offered?.Sum() ?? 0;
            if (offered is null || wanted == 0)
            {
                continue;
            }

            var granted = budget.Reserve(campaign.CampaignId, wanted);
            if (granted > 0)
            {
                bonuses[paid++] = new CampaignBonus(campaign.CampaignId, CampaignOffer.Shrink(offered, granted));
                Append(ref effects, programEffects + added++, new AppliedEffect(campaign.CampaignId, EffectKind.CampaignBonus, granted, campaign.Definition.Name));
            }

            if (granted < wanted)
            {
                Append(ref effects, programEffects + added++, new AppliedEffect(campaign.CampaignId, EffectKind.CampaignBudgetExhausted, wanted - granted, campaign.Definition.Name));
            }
        }

        if (added == 0)
        {
            return (evaluation, []);
        }

        for (var i = 0; i < programEffects; i++)
        {
            effects[i] = evaluation.Effects[i];
        }

        return (evaluation with { Effects = Trimmed(effects, programEffects + added) }, paid == 0 ? [] : Trimmed(bonuses, paid));
    }

    private static void Append(ref AppliedEffect[] effects, int index, AppliedEffect effect)
    {
        if (index == effects.Length)
        {
            Array.Resize(ref effects, effects.Length + 2);
        }

        effects[index] = effect;
    }

    private static T[] Trimmed<T>(T[] items, int count) => count == items.Length ? items : items[..count];

    /// <summary>
    /// The bonuses as awards with their lots, to ride in the purchase's event; null when none. The lots take the next ids,
    /// ahead of the purchase's own points, since the event that credits them comes first.
    /// </summary>
    public static IReadOnlyList<CampaignAward>? AwardsOf(MemberState state, IReadOnlyList<CampaignBonus> bonuses, CompiledProgram program, DateTimeOffset now)
    {
        if (bonuses.Count == 0)
        {
            return null;
        }

        var points = new long[bonuses.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = bonuses[i].Points;
        }

        var lots = LotCredits.NewInRow(state, Wallet.Points, points, program.Definition.Points, now);
        var awards = new CampaignAward[bonuses.Count];
        for (var i = 0; i < awards.Length; i++)
        {
            awards[i] = new CampaignAward(bonuses[i], lots[i]);
        }

        return awards;
    }
}
