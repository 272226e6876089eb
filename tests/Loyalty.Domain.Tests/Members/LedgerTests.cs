using Loyalty.Domain.Commands;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Members;

public sealed class LedgerTests
{
    private static readonly ProgramDefinition Expiring = TestPrograms.Plain with { Points = new WalletPolicy(0, 30) };

    [Fact]
    public void Earned_points_stay_pending_for_the_return_window()
    {
        var member = MemberHarness.Enrolled(TestPrograms.Plain with { Points = new WalletPolicy(14, null) });
        member.Buy(("food", 50m));

        Assert.Equal((0L, 50L), (member.Points.Available, member.Points.Pending));
        Assert.Equal(RejectionCode.InsufficientBalance, member.Reject(new RedeemBalance("r", Wallet.Points, 1)).Code);

        member.Now = member.Now.AddDays(14);
        Assert.Equal((50L, 0L), (member.Points.Available, member.Points.Pending));
    }

    [Fact]
    public void Redemption_draws_from_the_lots_closest_to_expiry_first()
    {
        var member = MemberHarness.Enrolled(Expiring);
        member.Buy(("food", 10m));
        member.Now = member.Now.AddDays(5);
        member.Buy(("food", 20m));

        member.Accept(new RedeemBalance("r", Wallet.Points, 15));

        var redeemed = member.Journal.OfType<BalanceRedeemed>().Single();
        Assert.Equal([new LotDraw(1, 10), new LotDraw(2, 5)], redeemed.Draws);
    }

    [Fact]
    public void Redeeming_more_than_is_available_is_refused_with_the_shortfall()
    {
        var member = MemberHarness.Enrolled(Expiring);
        member.Buy(("food", 10m));

        var rejection = member.Reject(new RedeemBalance("r", Wallet.Points, 11));

        Assert.Equal(RejectionCode.InsufficientBalance, rejection.Code);
        Assert.Contains("Only 10 of 11", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_lots_expire_and_the_rest_stays()
    {
        var member = MemberHarness.Enrolled(Expiring);
        member.Buy(("food", 10m));
        member.Now = member.Now.AddDays(10);
        member.Buy(("food", 20m));
        member.Now = member.Now.AddDays(20);

        member.Accept(new ExpireDue("x"));

        Assert.Equal(20, member.Points.Total);
        Assert.Equal(10, member.State.Points.Expired);
    }

    [Fact]
    public void Captured_hold_is_redeemed_and_released_hold_comes_back()
    {
        var member = MemberHarness.Enrolled(Expiring);
        member.Buy(("food", 100m));
        member.Accept(new PlaceHold("h1", Wallet.Points, 30, member.Now.AddMinutes(15)));
        member.Accept(new PlaceHold("h2", Wallet.Points, 20, member.Now.AddMinutes(15)));
        Assert.Equal((50L, 50L, 100L), (member.Points.Available, member.Points.Held, member.Points.Total));

        member.Accept(new CaptureHold("c1", "h1"));
        member.Accept(new ReleaseHold("c2", "h2"));

        Assert.Equal((70L, 0L, 30L), (member.Points.Available, member.Points.Held, member.State.Points.Redeemed));
    }

    [Fact]
    public void A_lapsed_hold_cannot_be_captured_and_expiry_gives_it_back()
    {
        var member = MemberHarness.Enrolled(Expiring);
        member.Buy(("food", 100m));
        member.Accept(new PlaceHold("h1", Wallet.Points, 30, member.Now.AddMinutes(15)));
        member.Now = member.Now.AddMinutes(15);

        Assert.Equal(RejectionCode.HoldExpired, member.Reject(new CaptureHold("c1", "h1")).Code);
        member.Accept(new ExpireDue("x"));

        Assert.Equal((100L, 0L), (member.Points.Available, member.Points.Held));
        Assert.Equal(RejectionCode.UnknownHold, member.Reject(new CaptureHold("c2", "h1")).Code);
    }

    [Fact]
    public void Cashback_is_kept_in_minor_units_and_redeemable()
    {
        var program = TestPrograms.Plain with { Tiers = TestPrograms.Plain.Tiers with { Levels = [new("Bronze", 0m, 1m, 5m, 0m)] } };
        var member = MemberHarness.Enrolled(program);
        member.Buy(("food", 19.99m));

        member.Accept(new RedeemBalance("r", Wallet.Cashback, 50));

        Assert.Equal(49, member.Cashback.Available);
    }
}
