using Loyalty.Domain.Programs;
using Loyalty.Domain.Tests.Support;
using static Loyalty.Domain.Tests.Support.TestPrograms;

namespace Loyalty.Domain.Tests.RuleEvaluation;

public sealed class BenefitTests
{
    private static readonly ProgramDefinition WithGoldBenefits = Plain with
    {
        Tiers = Plain.Tiers with { Levels = [new("Bronze", 0m, 1m, 0m, 0m), new("Gold", 500m, 1.5m, 2m, 10m)] },
    };

    [Fact]
    public void Tier_benefits_multiply_base_earn_and_add_cashback_and_discount()
    {
        var result = Evaluate.Purchase(WithGoldBenefits, Baskets.Of(("food", 100m)), Evaluate.Member("Gold"));

        Assert.Equal(150, result.Points);
        Assert.Equal(new Money(2m, "EUR"), result.Cashback);
        Assert.Equal(new Money(10m, "EUR"), result.Discount);
    }

    [Fact]
    public void A_fixed_discount_program_gives_everyone_the_same_percent()
    {
        var program = Plain with { Discounts = new DiscountProgram(DiscountKind.Fixed, 3m, []) };

        Assert.Equal(new Money(3m, "EUR"), Evaluate.Purchase(program, Baskets.Of(("food", 100m))).Discount);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(999.99, 0)]
    [InlineData(1000, 1)]
    [InlineData(5000, 3)]
    [InlineData(1_000_000, 3)]
    public void A_cumulative_discount_follows_the_lifetime_spend_bracket(decimal lifetimeSpend, decimal percent)
    {
        var program = Plain with
        {
            Discounts = new DiscountProgram(DiscountKind.Cumulative, 0m, [new(1000m, 1m), new(5000m, 3m)]),
        };

        var result = Evaluate.Purchase(program, Baskets.Of(("food", 100m)), Evaluate.Member(lifetimeSpend: lifetimeSpend));

        Assert.Equal(percent, result.Discount.Amount);
    }
}
