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

        var effects = new List<AppliedEffect>();
        var bonuses = new List<CampaignBonus>();
        foreach (var campaign in budget.Live)
        {
            var offered = CampaignOffer.Claim(campaign, purchase, state, evaluation);
            var wanted = offered?.Sum() ?? 0;
            if (offered is null || wanted == 0)
            {
                continue;
            }

            var granted = budget.Reserve(campaign.CampaignId, wanted);
            if (granted > 0)
            {
                bonuses.Add(new CampaignBonus(campaign.CampaignId, CampaignOffer.Shrink(offered, granted)));
                effects.Add(new AppliedEffect(campaign.CampaignId, EffectKind.CampaignBonus, granted, campaign.Definition.Name));
            }

            if (granted < wanted)
            {
                effects.Add(new AppliedEffect(campaign.CampaignId, EffectKind.CampaignBudgetExhausted, wanted - granted, campaign.Definition.Name));
            }
        }

        return effects.Count == 0 ? (evaluation, []) : (evaluation with { Effects = [.. evaluation.Effects, .. effects] }, bonuses);
    }

    public static void Emit(DecisionBuilder builder, string transactionId, IReadOnlyList<CampaignBonus> bonuses, CompiledProgram program)
    {
        if (bonuses.Count == 0)
        {
            return;
        }

        var lots = LotCredits.NewInRow(builder.State, Wallet.Points, [.. bonuses.Select(bonus => bonus.Points)], program.Definition.Points, builder.Now);
        builder.Emit(new CampaignBonusesAwarded(builder.Now, transactionId, [.. bonuses.Select((bonus, i) => new CampaignAward(bonus, lots[i]))]));
    }
}
