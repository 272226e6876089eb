namespace Loyalty.Domain.Programs;

/// <summary>Validates tier levels and their policy.</summary>
internal static class TierValidator
{
    public static void Validate(ValidationContext context, TierPolicy? tiers)
    {
        if (tiers is null)
        {
            context.Add("tiers", "Is required.");
            return;
        }

        context.Require(tiers.WindowDays is >= 1 and <= 3660, "tiers.windowDays", "Must be between 1 and 3660.");
        context.Require(tiers.PeriodDays is >= 1 and <= 3660, "tiers.periodDays", "Must be between 1 and 3660.");
        context.Require(tiers.Levels is { Count: >= 1 and <= 32 }, "tiers.levels", "Must list 1 to 32 levels, lowest first.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; tiers.Levels is not null && i < tiers.Levels.Count; i++)
        {
            var level = tiers.Levels[i];
            var path = $"tiers.levels[{i}]";
            context.Require(!string.IsNullOrWhiteSpace(level.Name) && names.Add(level.Name), $"{path}.name", "Must be a unique, non-blank name.");
            context.Require(i > 0 || level.Threshold == 0m, $"{path}.threshold", "The lowest level must have threshold 0.");
            context.Require(i == 0 || level.Threshold > tiers.Levels[i - 1].Threshold, $"{path}.threshold", "Must be above the previous level's threshold.");
            context.Require(level.EarnMultiplier is >= 1m and <= 100m, $"{path}.earnMultiplier", "Must be between 1 and 100.");
            context.RequirePercent(level.CashbackPercent, $"{path}.cashbackPercent");
            context.RequirePercent(level.DiscountPercent, $"{path}.discountPercent");
        }
    }
}
