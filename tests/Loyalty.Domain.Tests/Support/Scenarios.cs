using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Scripted member histories.</summary>
internal static class Scenarios
{
    /// <summary>A history that produces every kind of event at least once.</summary>
    public static MemberHarness EveryEventKind()
    {
        var program = ExamplePrograms.Default with { Tiers = ExamplePrograms.Default.Tiers with { PeriodDays = 30 } };
        var member = MemberHarness.Enrolled(program, MemberProfile.Empty with { Birthday = new DateOnly(1990, 11, 16) });
        member.Accept(new AwardBirthdayBonus("birthday"));
        member.Accept(new UpdateProfile("profile", member.State.Profile with { Segments = ["vip"] }));
        member.Campaigns = new TestBudget(1_000, TestBudget.Campaign("double-fresh", CampaignEffect.Multiply(2m)));
        member.Buy(Baskets.Of(("fresh", 700m), ("coffee", 3.5m)) with { Currency = "EUR" }, "p1");
        member.Campaigns = null;
        member.Buy(Baskets.Of(("fresh", 10m)), "p2");
        // Journals written before one event carried all of a purchase's campaign bonuses hold one per campaign.
        member.AppendLegacy(new CampaignBonusAwarded(member.Now, "p2", new CampaignBonus("legacy-bonus", [7]), new LotCredit(member.State.NextLotId, Wallet.Points, 7, 0, member.Now, null)));
        // Journals written before a purchase's event carried its challenge advances and campaign awards hold them in events of their own.
        member.Campaigns = new TestBudget(1_000, TestBudget.Campaign("double-toys", CampaignEffect.Multiply(2m)));
        member.AcceptAsOlderVersions(new RecordPurchase("p3", Baskets.Of(("toys", 5m), ("coffee", 3m)) with { OccurredAt = member.Now }));
        member.Campaigns = null;
        member.Accept(new RedeemBalance("r1", Wallet.Points, 50));
        member.Accept(new PlaceHold("h1", Wallet.Points, 10, member.Now.AddMinutes(5)));
        member.Accept(new CaptureHold("c1", "h1"));
        member.Accept(new PlaceHold("h2", Wallet.Points, 10, member.Now.AddMinutes(5)));
        member.Accept(new ReleaseHold("c2", "h2"));
        member.Accept(new PlaceHold("h3", Wallet.Points, 10, member.Now.AddMinutes(5)));
        member.Accept(new ReturnPurchase("ret1", "p1", ["l2"]));
        member.Accept(new JoinChallenge("join", "five-visits"));
        // p1's 700 of fresh completed "fresh-200"; returning that line takes the reward back, and
        // with every line of p1 back, the rule badge p1 earned goes too.
        member.Accept(new ReturnPurchase("ret2", "p1", ["l1"]));
        member.Now = member.Now.AddDays(400);
        member.Accept(new ExpireDue("x1"));
        member.Accept(new CloseTierPeriod("t1"));
        return member;
    }

    /// <summary>
    /// A member in claw-back debt earning from two campaigns (one capped per member), then returning a line of that
    /// purchase: which lots repay the debt, and which a return draws from, depend on the order the lots were credited.
    /// </summary>
    public static MemberHarness CampaignsOnDebt()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain);
        member.Buy(Baskets.Of(("toys", 100m)), "big");
        member.Accept(new RedeemBalance("spend", Wallet.Points, 100));
        member.Accept(new ReturnPurchase("ret", "big", null));
        member.Campaigns = new TestBudget(1_000,
            TestBudget.Campaign("double", CampaignEffect.Multiply(2m)),
            TestBudget.Campaign("bonus", CampaignEffect.Bonus(60), perMemberCap: 80));
        member.Buy(Baskets.Of(("food", 30m), ("toys", 40m)), "paid");
        member.Buy(Baskets.Of(("food", 10m)), "capped");
        member.Campaigns = null;
        member.Accept(new ReturnPurchase("ret-paid", "paid", ["l2"]));
        return member;
    }
}
