using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Challenges;

public sealed class ChallengeReturnTests
{
    [Fact]
    public void Returning_the_purchase_that_completed_a_challenge_restores_the_balance_badge_and_progress()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(100m)));
        member.Buy(("fresh", 30m));
        var balance = member.Points.Total;
        member.Buy(("fresh", 80m), ("toys", 5m));

        var returned = member.Accept(new ReturnPurchase("r", "p2", null));

        Assert.Equal(balance, member.Points.Total);
        Assert.Equal(30m, member.State.ChallengeStates["spend"].Progress);
        Assert.Empty(member.State.Badges);
        Assert.Equal(["big-spender"], returned.BadgesRevoked);
        Assert.Equal(0, member.State.Points.Debt);
    }

    [Theory]
    [InlineData("l1")]
    [InlineData("l3")]
    public void Returning_a_line_the_challenge_did_not_count_changes_nothing(string lineId)
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(1_000m, "fresh")));
        member.Buy(("toys", 7m), ("fresh", 60m), ("toys", 500m));

        var returned = member.Accept(new ReturnPurchase("r", "p1", [lineId]));

        Assert.Empty(returned.Challenges);
        Assert.Equal((60m, 60m), (member.State.ChallengeStates["spend"].Progress, member.State.ChallengeStates["spend"].Spend));
    }

    [Fact]
    public void Returning_an_uncounted_line_after_the_counted_ones_changes_nothing()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(1_000m, "fresh")));
        member.Buy(("fresh", 60m), ("fresh", 5m), ("toys", 500m));

        member.Accept(new ReturnPurchase("r", "p1", ["l3"]));

        Assert.Equal(65m, member.State.ChallengeStates["spend"].Spend);
    }

    [Fact]
    public void A_partial_return_that_keeps_the_goal_keeps_the_reward()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(100m)));
        member.Buy(("fresh", 100m), ("toys", 50m));

        var returned = member.Accept(new ReturnPurchase("r", "p1", ["l2"]));

        var update = Assert.Single(returned.Challenges);
        Assert.Equal((100m, false), (update.Progress, update.Revoked));
        Assert.True(member.State.ChallengeStates["spend"].IsCompleted);
    }

    [Fact]
    public void A_reward_already_spent_is_not_clawed_back_as_debt()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(100m)));
        member.Buy(("fresh", 100m));
        member.Accept(new RedeemBalance("spend-all", Wallet.Points, member.Points.Available));

        var returned = member.Accept(new ReturnPurchase("r", "p1", null));

        var update = Assert.Single(returned.Challenges);
        Assert.True(update.Revoked);
        Assert.Equal(0, update.PointsTakenBack);
        Assert.Equal(100, member.State.Points.Debt);
        Assert.Equal(0, member.Points.Available);
        Assert.False(member.State.ChallengeStates["spend"].IsCompleted);
    }

    [Fact]
    public void After_a_revocation_the_challenge_can_be_completed_and_rewarded_again()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Visits(1)));
        member.Buy(("food", 10m));
        member.Accept(new ReturnPurchase("r", "p1", null));

        var again = member.Buy(("food", 10m));

        Assert.True(Assert.Single(again.Challenges).Completed);
        Assert.Contains("free-coffee", member.State.Offers);
    }

    [Fact]
    public void A_visit_stays_while_any_counted_line_of_its_purchase_stays()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Visits(5)));
        member.Buy(("food", 10m), ("food", 20m));

        member.Accept(new ReturnPurchase("r1", "p1", ["l1"]));
        Assert.Equal(1m, member.State.ChallengeStates["visits"].Progress);
        member.Accept(new ReturnPurchase("r2", "p1", ["l2"]));
        Assert.Equal(0m, member.State.ChallengeStates["visits"].Progress);
    }

    [Fact]
    public void A_rule_badge_goes_when_its_purchase_comes_back_in_full_and_not_before()
    {
        var member = MemberHarness.Enrolled(TestPrograms.WithRules(TestPrograms.Always("fan", new AwardBadgeEffect("fan"))));
        var bought = member.Buy(("food", 10m), ("food", 20m));
        Assert.Equal(["fan"], bought.BadgesAwarded);

        var partial = member.Accept(new ReturnPurchase("r1", "p1", ["l1"]));
        Assert.Empty(partial.BadgesRevoked);
        Assert.Contains("fan", member.State.Badges);

        var full = member.Accept(new ReturnPurchase("r2", "p1", ["l2"]));
        Assert.Equal(["fan"], full.BadgesRevoked);
        Assert.DoesNotContain("fan", member.State.Badges);
    }
}
