using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;
using static Loyalty.Domain.Tests.Support.TestPrograms;

namespace Loyalty.Domain.Tests.RuleEvaluation;

public sealed class StackingTests
{
    private static readonly Loyalty.Domain.Evaluation.Purchase Basket = Baskets.Of(("food", 10m));

    [Fact]
    public void Only_the_first_rule_of_an_exclusive_group_applies()
    {
        var program = WithRules(
            Always("big", new AddPointsEffect(100, null)) with { Order = 1, ExclusiveGroup = "g" },
            Always("small", new AddPointsEffect(10, null)) with { Order = 2, ExclusiveGroup = "g" });

        Assert.Equal(110, Evaluate.Points(program, Basket));
    }

    [Fact]
    public void A_group_member_whose_conditions_fail_leaves_the_group_to_the_next()
    {
        var program = WithRules(
            Rule("big", [new PurchaseAmountCondition(1000m, null)], new AddPointsEffect(100, null)) with { Order = 1, ExclusiveGroup = "g" },
            Always("small", new AddPointsEffect(10, null)) with { Order = 2, ExclusiveGroup = "g" });

        Assert.Equal(20, Evaluate.Points(program, Basket));
    }

    [Fact]
    public void A_non_stackable_rule_stops_later_rules()
    {
        var program = WithRules(
            Always("takeover", new AddPointsEffect(100, null)) with { Order = 1, Stackable = false },
            Always("later", new AddPointsEffect(10, null)) with { Order = 2 });

        Assert.Equal(110, Evaluate.Points(program, Basket));
    }

    [Fact]
    public void A_non_stackable_rule_does_not_apply_after_another_rule()
    {
        var program = WithRules(
            Always("first", new AddPointsEffect(10, null)) with { Order = 1 },
            Always("exclusive", new AddPointsEffect(100, null)) with { Order = 2, Stackable = false });

        Assert.Equal(20, Evaluate.Points(program, Basket));
    }

    [Fact]
    public void Rules_apply_by_order_then_id_whatever_their_position_in_the_file()
    {
        var program = WithRules(
            Always("b", new AddPointsEffect(1, null)) with { Order = 5 },
            Always("a", new AddPointsEffect(1, null)) with { Order = 5 },
            Always("z", new AddPointsEffect(1, null)) with { Order = 1 });

        var sources = Evaluate.Purchase(program, Basket).Effects.Select(effect => effect.Source);

        Assert.Equal(["base", "z", "a", "b"], sources);
    }
}
