using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;
using static Loyalty.Domain.Tests.Support.TestPrograms;

namespace Loyalty.Domain.Tests.RuleEvaluation;

public sealed class EffectTests
{
    private static readonly Purchase Basket = Baskets.Of(("toys", 30m), ("food", 10m));

    [Fact]
    public void Add_points_is_attributed_to_lines_by_amount()
    {
        var result = Evaluate.Purchase(WithRules(Always("r", new AddPointsEffect(100, null))), Basket);

        Assert.Equal(140, result.Points);
        Assert.Equal([105L, 35L], result.Lines.Select(line => line.Points));
    }

    [Fact]
    public void Bonus_points_spread_over_thirds_still_add_up_to_the_whole_bonus()
    {
        var program = WithRules(Always("r", new AddPointsEffect(100, null))) with { Earn = new(0m, []) };

        var result = Evaluate.Purchase(program, Baskets.Of(("a", 1m), ("b", 1m), ("c", 1m)));

        Assert.Equal(100, result.Points);
        Assert.Equal([33L, 33L, 34L], result.Lines.Select(line => line.Points));
    }

    [Fact]
    public void Multipliers_add_their_extra_to_the_base_of_the_lines_in_scope()
    {
        var program = WithRules(
            Always("double-toys", new MultiplyPointsEffect(2m, Categories("toys"))),
            Always("triple-all", new MultiplyPointsEffect(3m, null)));

        var result = Evaluate.Purchase(program, Basket);

        Assert.Equal(40 + 30 + 80, result.Points);
        Assert.Equal([new AppliedEffect("base", EffectKind.BasePoints, 40m, null), new("double-toys", EffectKind.MultiplyPoints, 30m, null), new("triple-all", EffectKind.MultiplyPoints, 80m, null)], result.Effects);
    }

    [Fact]
    public void Cashback_percent_applies_to_the_lines_in_scope()
    {
        var result = Evaluate.Purchase(WithRules(Always("r", new CashbackPercentEffect(5m, Categories("toys")))), Basket);

        Assert.Equal(new Money(1.50m, "EUR"), result.Cashback);
        Assert.Equal([1.50m, 0m], result.Lines.Select(line => line.Cashback));
    }

    [Fact]
    public void Percent_and_fixed_discounts_add_up_but_never_exceed_a_line()
    {
        var program = WithRules(
            Always("percent", new DiscountPercentEffect(90m, Categories("toys"))),
            Always("fixed", new FixedDiscountEffect(8m)));

        var result = Evaluate.Purchase(program, Basket);

        Assert.Equal(new Money(32m, "EUR"), result.Discount);
        Assert.Equal([30m, 2m], result.Lines.Select(line => line.Discount));
    }

    [Fact]
    public void Challenge_progress_and_badges_are_reported_with_the_rule_that_caused_them()
    {
        var program = WithRules(Always("coffee", new ProgressChallengeEffect("coffees", ProgressMeasure.Visits, Categories("toys")), new AwardBadgeEffect("first")));

        var result = Evaluate.Purchase(program, Basket);

        var progress = Assert.Single(result.Progress);
        Assert.Equal(("coffees", 1m), (progress.ChallengeId, progress.Amount));
        Assert.Equal(["first"], result.Badges);
    }

    [Fact]
    public void A_badge_already_held_is_not_awarded_again()
    {
        var program = WithRules(Always("r", new AwardBadgeEffect("first")));
        var member = Evaluate.Member() with { Badges = new HashSet<string> { "first" } };

        Assert.Empty(Evaluate.Purchase(program, Basket, member).Badges);
    }

    [Fact]
    public void Spend_progress_counts_the_amount_of_matching_lines()
    {
        var program = WithRules(Always("r", new ProgressChallengeEffect("spend", ProgressMeasure.Spend, Categories("food"))));

        Assert.Equal(10m, Assert.Single(Evaluate.Purchase(program, Basket).Progress).Amount);
    }
}
