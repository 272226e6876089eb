namespace Loyalty.Domain.Programs;

/// <summary>Validates the base earn section.</summary>
internal static class EarnValidator
{
    public static void Validate(ValidationContext context, EarnPolicy? earn)
    {
        if (earn is null)
        {
            context.Add("earn", "Is required.");
            return;
        }

        context.Require(earn.PointsPerUnit >= 0, "earn.pointsPerUnit", "Must not be negative.");
        for (var i = 0; earn.Multipliers is not null && i < earn.Multipliers.Count; i++)
        {
            var multiplier = earn.Multipliers[i];
            var path = $"earn.multipliers[{i}]";
            context.Require(!string.IsNullOrWhiteSpace(multiplier.Value), $"{path}.value", "Must not be blank.");
            context.Require(multiplier.Factor is > 0m and <= 100m, $"{path}.factor", "Must be above 0 and at most 100.");
            context.Require(Enum.IsDefined(multiplier.Dimension), $"{path}.dimension", "Must be category, sku, store or channel.");
        }
    }
}
