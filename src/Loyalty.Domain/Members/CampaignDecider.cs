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
    // Live campaigns counted on the stack; more than this (rare) on the heap.
    private const int StackCampaigns = 32;

    public static (PurchaseEvaluation Evaluation, IReadOnlyList<CampaignBonus> Bonuses) Award(
        MemberState state, Purchase purchase, PurchaseEvaluation evaluation, ICampaignBudget? budget)
    {
        if (budget is null || budget.Live.Count == 0)
        {
            return (evaluation, []);
        }

        // Each campaign claims and reserves first; the effect list is made once its length is known, since it is kept
        // with the purchase's result: the program's effects, then per campaign what it paid and what its budget could not.
        var live = budget.Live.Count;
        Span<long> wanted = live <= StackCampaigns ? stackalloc long[live] : new long[live];
        Span<long> granted = live <= StackCampaigns ? stackalloc long[live] : new long[live];
        var bonuses = new CampaignBonus[live];
        var (paid, campaignEffects) = (0, 0);
        for (var i = 0; i < live; i++)
        {
            var campaign = budget.Live[i];
            var offered = CampaignOffer.Claim(campaign, purchase, state, evaluation);
            (wanted[i], granted[i]) = (offered?.Sum() ?? 0, 0);
            if (offered is null || wanted[i] == 0)
            {
                continue;
            }

            granted[i] = budget.Reserve(campaign.CampaignId, wanted[i]);
            if (granted[i] > 0)
            {
                bonuses[paid++] = new CampaignBonus(campaign.CampaignId, CampaignOffer.Shrink(offered, granted[i]));
                campaignEffects++;
            }

            campaignEffects += granted[i] < wanted[i] ? 1 : 0;
        }

        if (campaignEffects == 0)
        {
            return (evaluation, []);
        }

        var programEffects = evaluation.Effects.Count;
        var effects = new AppliedEffect[programEffects + campaignEffects];
        for (var i = 0; i < programEffects; i++)
        {
            effects[i] = evaluation.Effects[i];
        }

        var next = programEffects;
        for (var i = 0; i < live; i++)
        {
            var campaign = budget.Live[i];
            if (granted[i] > 0)
            {
                effects[next++] = new AppliedEffect(campaign.CampaignId, EffectKind.CampaignBonus, granted[i], campaign.Definition.Name);
            }

            if (granted[i] < wanted[i])
            {
                effects[next++] = new AppliedEffect(campaign.CampaignId, EffectKind.CampaignBudgetExhausted, wanted[i] - granted[i], campaign.Definition.Name);
            }
        }

        return (evaluation with { Effects = effects }, paid == 0 ? [] : Trimmed(bonuses, paid));
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
