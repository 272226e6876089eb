using Loyalty.Domain.Commands;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Members;

public sealed class TierTests
{
    private static ProgramDefinition With(DowngradePolicy policy, TierBasis basis = TierBasis.Spend) =>
        TestPrograms.Plain with { Tiers = TestPrograms.Plain.Tiers with { Downgrade = policy, Basis = basis, WindowDays = 30, PeriodDays = 90 } };

    [Fact]
    public void Qualifying_spend_upgrades_at_once()
    {
        var member = MemberHarness.Enrolled(With(DowngradePolicy.OneStepDown));

        var result = member.Buy(("food", 600m));

        Assert.Equal("Gold", result.Tier);
        Assert.Equal(new TierChanged(member.Now, "Bronze", "Gold", TierChangeReason.Upgrade, "p1", member.Now.AddDays(90)), result.TierChange);
    }

    [Fact]
    public void Tiers_follow_points_earned_not_the_balance()
    {
        var member = MemberHarness.Enrolled(With(DowngradePolicy.OneStepDown, TierBasis.PointsEarned));
        member.Buy(("food", 150m));
        member.Accept(new RedeemBalance("r", Wallet.Points, 150));

        member.Buy(("food", 400m));

        Assert.Equal("Gold", member.State.Tier);
    }

    [Fact]
    public void A_tier_is_kept_until_its_period_ends_even_when_the_window_empties()
    {
        var member = MemberHarness.Enrolled(With(DowngradePolicy.OneStepDown));
        member.Buy(("food", 1200m));
        member.Now = member.Now.AddDays(89);

        member.Accept(new CloseTierPeriod("t"));

        Assert.Equal("Platinum", member.State.Tier);
    }

    [Fact]
    public void One_step_down_drops_a_single_level_at_period_end()
    {
        var member = MemberHarness.Enrolled(With(DowngradePolicy.OneStepDown));
        member.Buy(("food", 1200m));
        member.Now = member.Now.AddDays(90);

        member.Accept(new CloseTierPeriod("t"));

        Assert.Equal("Gold", member.State.Tier);
        Assert.Equal(member.Now.AddDays(90), member.State.TierPeriodEndsAt);
    }

    [Fact]
    public void Recompute_drops_to_the_level_the_window_qualifies_for()
    {
        var member = MemberHarness.Enrolled(With(DowngradePolicy.Recompute));
        member.Buy(("food", 1200m));
        member.Now = member.Now.AddDays(80);
        member.Buy(("food", 150m));
        member.Now = member.Now.AddDays(10);

        member.Accept(new CloseTierPeriod("t"));

        Assert.Equal("Silver", member.State.Tier);
    }

    [Fact]
    public void Returning_the_purchase_that_upgraded_undoes_the_upgrade()
    {
        var member = MemberHarness.Enrolled(With(DowngradePolicy.OneStepDown));
        member.Buy(("food", 150m));
        member.Buy(Baskets.Of(("tv", 900m)), "tv");

        var result = member.Accept(new ReturnPurchase("ret", "tv", null));

        Assert.Equal(("Silver", TierChangeReason.ReturnReversal), (result.Tier, result.TierChange!.Reason));
    }
}
