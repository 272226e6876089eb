namespace Loyalty.Domain.Programs;

/// <summary>Validates the discount program.</summary>
internal static class DiscountValidator
{
    public static void Validate(ValidationContext context, DiscountProgram? discounts)
    {
        if (discounts is null)
        {
            context.Add("discounts", "Is required.");
            return;
        }

        context.RequirePercent(discounts.FixedPercent, "discounts.fixedPercent");
        context.Require(
            discounts.Kind != DiscountKind.Cumulative || discounts.Brackets is { Count: > 0 },
            "discounts.brackets",
            "A cumulative discount needs at least one bracket.");
        for (var i = 0; discounts.Brackets is not null && i < discounts.Brackets.Count; i++)
        {
            var bracket = discounts.Brackets[i];
            context.Require(bracket.MinLifetimeSpend >= 0, $"discounts.brackets[{i}].minLifetimeSpend", "Must not be negative.");
            context.Require(
                i == 0 || bracket.MinLifetimeSpend > discounts.Brackets[i - 1].MinLifetimeSpend,
                $"discounts.brackets[{i}].minLifetimeSpend",
                "Brackets must ascend.");
            context.RequirePercent(bracket.Percent, $"discounts.brackets[{i}].percent");
        }
    }
}
