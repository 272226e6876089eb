using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Grains.Campaigns;
using Loyalty.Runtime;

namespace Loyalty.Grains.Tests.Campaigns;

/// <summary>Campaign definitions and reading campaign effects off purchase results.</summary>
internal static class Campaigns
{
    public static CampaignDefinition Bonus(DateTimeOffset startsAt, DateTimeOffset endsAt, long points, long budget) =>
        new("flash", startsAt, endsAt, CampaignTargeting.Everyone, CampaignEffect.Bonus(points), budget);

    public static async Task<ICampaignGrain> DefinedAsync(this IGrainFactory grains, string campaignId, CampaignDefinition definition)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);
        var change = await campaign.DefineAsync(definition);
        Assert.Empty(change.Errors);
        return campaign;
    }

    public static long CampaignPoints(this CommandResult? result) =>
        (long)(result?.Evaluation?.Effects.Where(e => e.Kind == EffectKind.CampaignBonus).Sum(e => e.Amount) ?? 0m);

    public static bool SaysBudgetExhausted(this CommandResult? result) =>
        result?.Evaluation?.Effects.Any(e => e.Kind == EffectKind.CampaignBudgetExhausted) ?? false;

    /// <summary>Polls until <paramref name="condition"/> holds (background lease traffic and reminders settle), at most a few seconds.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        return false;
    }
}
