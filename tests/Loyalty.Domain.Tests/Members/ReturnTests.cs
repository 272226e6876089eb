using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;
using static Loyalty.Domain.Tests.Support.TestPrograms;

namespace Loyalty.Domain.Tests.Members;

public sealed class ReturnTests
{
    private static readonly Loyalty.Domain.Programs.ProgramDefinition Program = WithRules(
        Always("cashback", new CashbackPercentEffect(10m, null)),
        Always("bonus", new AddPointsEffect(30, null)),
        Always("challenge", new ProgressChallengeEffect("spend", ProgressMeasure.Spend, null)));

    [Fact]
    public void A_full_return_of_an_unspent_purchase_restores_every_balance()
    {
        var member = MemberHarness.Enrolled(Program);
        member.Buy(("food", 10m));
        var before = member.State.BalancesAt(member.Now);
        member.Buy(Baskets.Of(("toys", 60m), ("food", 40m)), "big");

        var result = member.Accept(new ReturnPurchase("ret", "big", null));

        Assert.Equal(before, member.State.BalancesAt(member.Now));
        Assert.Equal(130, result.Return!.Points.Amount);
        Assert.Equal(10m, member.State.Challenges["spend"]);
        Assert.Equal(10m, member.State.LifetimeSpend);
    }

    [Fact]
    public void A_line_return_reverses_exactly_what_the_line_earned()
    {
        var member = MemberHarness.Enrolled(Program);
        var bought = member.Buy(Baskets.Of(("toys", 60m), ("food", 40m)), "big").Evaluation!;

        var returned = member.Accept(new ReturnPurchase("ret", "big", ["l2"])).Return!;

        Assert.Equal(bought.Lines[1].Points, returned.Points.Amount);
        Assert.Equal(400, returned.Cashback.Amount);
        Assert.Equal(bought.Points - bought.Lines[1].Points, member.Points.Total);
        Assert.Equal(60m, member.State.Challenges["spend"]);
    }

    [Fact]
    public void A_line_cannot_be_returned_twice()
    {
        var member = MemberHarness.Enrolled(Program);
        member.Buy(Baskets.Of(("toys", 60m), ("food", 40m)), "big");
        member.Accept(new ReturnPurchase("ret1", "big", ["l2"]));

        Assert.Equal(RejectionCode.LineAlreadyReturned, member.Reject(new ReturnPurchase("ret2", "big", ["l2"])).Code);
        Assert.Equal(RejectionCode.UnknownLine, member.Reject(new ReturnPurchase("ret3", "big", ["l9"])).Code);
        Assert.Equal(RejectionCode.UnknownPurchase, member.Reject(new ReturnPurchase("ret4", "nope", null)).Code);
    }

    [Fact]
    public void Spent_points_are_clawed_back_from_other_lots_then_as_debt()
    {
        var member = MemberHarness.Enrolled(Plain);
        member.Buy(("food", 20m));
        member.Buy(Baskets.Of(("toys", 100m)), "big");
        member.Accept(new RedeemBalance("spend", Wallet.Points, 110));

        var returned = member.Accept(new ReturnPurchase("ret", "big", null)).Return!;

        Assert.Equal((100L, 90L), (returned.Points.Amount, returned.Points.DebtAdded));
        Assert.Equal((-90L, 0L, 90L), (member.Points.Total, member.Points.Available, member.Points.Debt));
        Assert.All(member.State.Lots, lot => Assert.True(lot.Remaining >= 0));
    }

    [Fact]
    public void Debt_is_repaid_from_the_next_points_earned()
    {
        var member = MemberHarness.Enrolled(Plain);
        member.Buy(Baskets.Of(("toys", 100m)), "big");
        member.Accept(new RedeemBalance("spend", Wallet.Points, 100));
        member.Accept(new ReturnPurchase("ret", "big", null));

        member.Buy(("food", 130m));

        Assert.Equal((30L, 0L), (member.Points.Available, member.Points.Debt));
    }

    [Fact]
    public void Campaign_bonuses_repay_debt_before_the_purchases_own_points_as_their_lots_come_first()
    {
        var member = MemberHarness.Enrolled(Plain);
        member.Buy(Baskets.Of(("toys", 100m)), "big");
        member.Accept(new RedeemBalance("spend", Wallet.Points, 100));
        member.Accept(new ReturnPurchase("ret", "big", null));
        member.Campaigns = new TestBudget(1_000, TestBudget.Campaign("bonus", CampaignEffect.Bonus(60)));
        var firstLot = member.State.NextLotId;

        member.Buy(Baskets.Of(("food", 70m)), "paid");

        var credited = member.State.Lots.Skip((int)firstLot - 1).Select(lot => (lot.Id, lot.Amount, lot.Remaining)).ToArray();
        Assert.Equal([(firstLot, 60L, 0L), (firstLot + 1, 70L, 30L)], credited);
        Assert.Equal((30L, 0L), (member.Points.Available, member.Points.Debt));
    }
}
