using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;
using static Loyalty.Domain.Tests.Support.TestPrograms;

namespace Loyalty.Domain.Tests.RuleEvaluation;

public sealed class PurchaseConditionTests
{
    private static readonly AddPointsEffect Bonus = new(100, null);

    private static long PointsWhen(RuleCondition condition, Purchase purchase) =>
        Evaluate.Points(WithRules(Rule("r", [condition], Bonus)), purchase);

    [Fact]
    public void Purchase_amount_bounds_are_inclusive()
    {
        var condition = new PurchaseAmountCondition(50m, 100m);

        Assert.Equal(150, PointsWhen(condition, Baskets.Of(("food", 50m))));
        Assert.Equal(200, PointsWhen(condition, Baskets.Of(("food", 100m))));
        Assert.Equal(101, PointsWhen(condition, Baskets.Of(("food", 101m))));
    }

    [Fact]
    public void Line_items_need_the_quantity_and_amount_of_matching_lines()
    {
        var condition = new LineItemsCondition(Categories("toys"), 2, 10m);

        Assert.Equal(24, PointsWhen(condition, Baskets.Of(("toys", 12m), ("food", 12m))));
        Assert.Equal(124, PointsWhen(condition, Baskets.Of(("toys", 2m), ("TOYS", 10m), ("food", 12m))));
    }

    [Fact]
    public void Store_channel_and_partner_match_case_insensitively()
    {
        var basket = Baskets.Of(("food", 10m)) with { StoreId = "Berlin-1", Channel = "App", PartnerId = "FuelCo" };

        Assert.Equal(110, PointsWhen(new StoreCondition(["berlin-1"]), basket));
        Assert.Equal(110, PointsWhen(new ChannelCondition(["app"]), basket));
        Assert.Equal(110, PointsWhen(new PartnerCondition(["fuelco"]), basket));
        Assert.Equal(10, PointsWhen(new PartnerCondition(["fuelco"]), basket with { PartnerId = null }));
    }

    [Fact]
    public void A_rule_for_other_channels_neither_applies_nor_blocks_the_rules_after_it()
    {
        var program = WithRules(
            Rule("kiosk-takeover", [new ChannelCondition(["kiosk"])], new AddPointsEffect(1000, null)) with { Order = 1, Stackable = false },
            Rule("kiosk-in-group", [new ChannelCondition(["kiosk"])], new AddPointsEffect(500, null)) with { Order = 2, ExclusiveGroup = "g" },
            Rule("web-in-group", [new ChannelCondition(["web"]), new ChannelCondition(["web", "app"])], Bonus) with { Order = 3, ExclusiveGroup = "g" });
        var basket = Baskets.Of(("food", 10m));

        Assert.Equal(110, Evaluate.Points(program, basket with { Channel = "Web" }));
        Assert.Equal(10, Evaluate.Points(program, basket with { Channel = "app" }));
        Assert.Equal(10, Evaluate.Points(program, basket with { Channel = "phone" }));
        Assert.Equal(1010, Evaluate.Points(program, basket with { Channel = "kiosk" }));
    }

    [Fact]
    public void Time_of_day_is_read_in_the_program_time_zone()
    {
        var berlin = Plain with { TimeZone = "Europe/Berlin", Rules = [Rule("r", [new TimeOfDayCondition(new(18, 0), new(22, 0))], Bonus)] };
        var at1830Berlin = new DateTimeOffset(2026, 11, 16, 17, 30, 0, TimeSpan.Zero);

        Assert.Equal(110, Evaluate.Points(berlin, Baskets.At(at1830Berlin, ("food", 10m))));
        Assert.Equal(10, Evaluate.Points(berlin, Baskets.At(at1830Berlin.AddHours(4), ("food", 10m))));
    }

    [Fact]
    public void A_time_window_past_midnight_wraps()
    {
        var condition = new TimeOfDayCondition(new(22, 0), new(2, 0));
        var midnight = new DateTimeOffset(2026, 11, 16, 0, 30, 0, TimeSpan.Zero);

        Assert.Equal(110, PointsWhen(condition, Baskets.At(midnight, ("food", 10m))));
        Assert.Equal(10, PointsWhen(condition, Baskets.At(midnight.AddHours(12), ("food", 10m))));
    }

    [Fact]
    public void Day_of_week_is_the_local_day()
    {
        var tokyo = Plain with { TimeZone = "Asia/Tokyo", Rules = [Rule("r", [new DayOfWeekCondition([DayOfWeek.Tuesday])], Bonus)] };
        var mondayEveningUtc = new DateTimeOffset(2026, 11, 16, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(110, Evaluate.Points(tokyo, Baskets.At(mondayEveningUtc, ("food", 10m))));
    }

    [Fact]
    public void A_rule_outside_its_validity_window_does_not_apply()
    {
        var rule = Always("r", Bonus) with { ValidFrom = Baskets.Monday10.AddDays(1) };

        Assert.Equal(10, Evaluate.Points(WithRules(rule), Baskets.Of(("food", 10m))));
        Assert.Equal(110, Evaluate.Points(WithRules(rule), Baskets.At(Baskets.Monday10.AddDays(1), ("food", 10m))));
    }
}
