using Loyalty.Domain.Programs;
using Loyalty.Domain.Tests.Support;
using static Loyalty.Domain.Tests.Support.TestPrograms;

namespace Loyalty.Domain.Tests.RuleEvaluation;

public sealed class RoundingAndBaseEarnTests
{
    [Fact]
    public void Points_are_summed_exactly_over_lines_and_floored_once_per_purchase()
    {
        var basket = Baskets.Of(("a", 0.60m), ("b", 0.60m), ("c", 0.60m));

        var result = Evaluate.Purchase(Plain, basket);

        Assert.Equal(1, result.Points);
        Assert.Equal([1L, 0L, 0L], result.Lines.Select(line => line.Points));
    }

    [Fact]
    public void Leftover_units_go_to_the_lines_with_the_largest_fractions()
    {
        var program = Plain with { Earn = new EarnPolicy(0.5m, []) };

        var result = Evaluate.Purchase(program, Baskets.Of(("a", 3m), ("b", 5m), ("c", 1m)));

        Assert.Equal(4, result.Points);
        Assert.Equal([2L, 2L, 0L], result.Lines.Select(line => line.Points));
    }

    [Fact]
    public void Cashback_is_floored_to_whole_cents()
    {
        var program = Plain with { Tiers = Plain.Tiers with { Levels = [new TierLevel("Bronze", 0m, 1m, 1m, 0m)] } };

        Assert.Equal(new Money(0.09m, "EUR"), Evaluate.Purchase(program, Baskets.Of(("a", 9.99m))).Cashback);
    }

    [Fact]
    public void Per_line_the_largest_base_multiplier_counts()
    {
        var program = Plain with
        {
            Earn = new EarnPolicy(1m, [
                new EarnMultiplier(EarnDimension.Category, "fresh", 2m),
                new EarnMultiplier(EarnDimension.Store, "store-1", 1.5m),
                new EarnMultiplier(EarnDimension.Sku, "sku-fresh", 3m),
            ]),
        };

        var result = Evaluate.Purchase(program, Baskets.Of(("fresh", 10m), ("food", 10m)));

        Assert.Equal([30L, 15L], result.Lines.Select(line => line.Points));
    }

    [Fact]
    public void Evaluation_is_deterministic_across_compilations()
    {
        var basket = Baskets.Of(("fresh", 12.34m), ("electronics", 99.99m), ("coffee", 4.5m));
        var member = Evaluate.Member("Gold", lifetimeSpend: 6000m);

        var first = Evaluate.Purchase(ExamplePrograms.Default, basket, member);
        var second = Evaluate.Purchase(ExamplePrograms.Default, basket, member);

        Assert.Equal(first.Points, second.Points);
        Assert.Equal(first.Effects, second.Effects);
        Assert.Equal(first.Lines, second.Lines);
    }
}
