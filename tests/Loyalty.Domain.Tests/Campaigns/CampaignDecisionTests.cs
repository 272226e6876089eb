using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Campaigns;

public sealed class CampaignDecisionTests
{
    private static readonly CampaignTargeting Electronics = CampaignTargeting.Everyone with { Categories = ["electronics"] };

    [Fact]
    public void A_multiplier_pays_extra_points_on_qualifying_lines_only()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        member.Campaigns = new TestBudget(10_000, TestBudget.Campaign("double-tech", CampaignEffect.Multiply(2m), Electronics));

        var result = member.Buy(("electronics", 100m), ("food", 40m));

        Assert.Equal(140, result.Evaluation!.Points);
        Assert.Contains(new AppliedEffect("double-tech", EffectKind.CampaignBonus, 100m, "double-tech"), result.Evaluation.Effects);
        Assert.Equal(240, member.Points.Total);
    }

    [Fact]
    public void A_purchase_without_qualifying_lines_or_outside_the_targeting_earns_nothing_from_the_campaign()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        var goldOnly = Electronics with { Tiers = ["Gold"] };
        member.Campaigns = new TestBudget(10_000, TestBudget.Campaign("tech", CampaignEffect.Bonus(50), Electronics), TestBudget.Campaign("gold", CampaignEffect.Bonus(50), goldOnly));

        var food = member.Buy(("food", 40m));
        var tech = member.Buy(("electronics", 10m));

        Assert.DoesNotContain(food.Evaluation!.Effects, e => e.Kind == EffectKind.CampaignBonus);
        Assert.Equal(["tech"], tech.Evaluation!.Effects.Where(e => e.Kind == EffectKind.CampaignBonus).Select(e => e.Source));
    }

    [Fact]
    public void Caps_per_purchase_and_per_member_bound_the_bonus()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        member.Campaigns = new TestBudget(10_000, TestBudget.Campaign("triple", CampaignEffect.Multiply(3m), perPurchaseCap: 150, perMemberCap: 200));

        var first = member.Buy(("food", 100m));
        var second = member.Buy(("food", 100m));
        var third = member.Buy(("food", 100m));

        Assert.Equal([150m, 50m, 0m], new[] { first, second, third }.Select(r => r.Evaluation!.Effects.Where(e => e.Kind == EffectKind.CampaignBonus).Sum(e => e.Amount)));
    }

    [Fact]
    public void When_the_budget_runs_out_the_purchase_gets_what_is_left_and_says_why()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        member.Campaigns = new TestBudget(30, TestBudget.Campaign("bonus", CampaignEffect.Bonus(20)));

        var first = member.Buy(("food", 10m));
        var second = member.Buy(("food", 10m));
        var third = member.Buy(("food", 10m));

        Assert.Contains(new AppliedEffect("bonus", EffectKind.CampaignBonus, 20m, "bonus"), first.Evaluation!.Effects);
        Assert.Contains(new AppliedEffect("bonus", EffectKind.CampaignBonus, 10m, "bonus"), second.Evaluation!.Effects);
        Assert.Contains(new AppliedEffect("bonus", EffectKind.CampaignBudgetExhausted, 10m, "bonus"), second.Evaluation.Effects);
        Assert.Contains(new AppliedEffect("bonus", EffectKind.CampaignBudgetExhausted, 20m, "bonus"), third.Evaluation!.Effects);
        Assert.DoesNotContain(third.Evaluation.Effects, e => e.Kind == EffectKind.CampaignBonus);
    }

    [Fact]
    public void Campaign_effects_follow_the_programs_in_campaign_order_each_paid_share_before_what_its_budget_could_not_pay()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        member.Campaigns = new TestBudget(30,
            TestBudget.Campaign("a", CampaignEffect.Bonus(20)), TestBudget.Campaign("b", CampaignEffect.Bonus(20)), TestBudget.Campaign("c", CampaignEffect.Bonus(5)));

        var effects = member.Buy(("food", 10m)).Evaluation!.Effects;

        Assert.DoesNotContain(effects.SkipWhile(e => e.Kind is not (EffectKind.CampaignBonus or EffectKind.CampaignBudgetExhausted)), e => e.Kind is not (EffectKind.CampaignBonus or EffectKind.CampaignBudgetExhausted));
        Assert.Equal(
            [("a", EffectKind.CampaignBonus, 20m), ("b", EffectKind.CampaignBonus, 10m), ("b", EffectKind.CampaignBudgetExhausted, 10m), ("c", EffectKind.CampaignBudgetExhausted, 5m)],
            effects.Where(e => e.Kind is EffectKind.CampaignBonus or EffectKind.CampaignBudgetExhausted).Select(e => (e.Source, e.Kind, e.Amount)));
        Assert.Contains(effects, e => e.Kind is not (EffectKind.CampaignBonus or EffectKind.CampaignBudgetExhausted));
    }

    [Fact]
    public void Returning_a_line_takes_back_its_share_of_the_fixed_bonus()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        member.Campaigns = new TestBudget(10_000, TestBudget.Campaign("bonus", CampaignEffect.Bonus(90)));
        member.Buy(Baskets.Of(("food", 20m), ("toys", 10m)), "p1");

        var returned = member.Accept(new ReturnPurchase("r1", "p1", ["l1"]));

        Assert.Equal(20 + 60, returned.Return!.Points.Amount);
        Assert.Equal(10 + 30, member.Points.Total);
        Assert.Equal(member.State.Points.Issued, member.Points.Total + member.State.Points.Reversed);
    }
}
