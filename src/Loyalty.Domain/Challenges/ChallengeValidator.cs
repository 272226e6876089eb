using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Challenges;

/// <summary>Checks the challenges of a program, naming each bad field (<c>challenges[2].target</c>).</summary>
internal static class ChallengeValidator
{
    public static void Validate(ValidationContext context, IReadOnlyList<ChallengeDefinition> challenges)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < challenges.Count; i++)
        {
            var path = $"challenges[{i}]";
            if (challenges[i] is not { } challenge)
            {
                context.Add(path, "Is required.");
                continue;
            }

            context.Require(!string.IsNullOrWhiteSpace(challenge.ChallengeId), $"{path}.challengeId", "Must not be blank.");
            context.Require(challenge.ChallengeId is null || seen.Add(challenge.ChallengeId), $"{path}.challengeId", $"Duplicate challenge id '{challenge.ChallengeId}'.");
            context.Require(!string.IsNullOrWhiteSpace(challenge.Name), $"{path}.name", "Must not be blank.");
            context.Require(Enum.IsDefined(challenge.Kind), $"{path}.kind", "Must be spend, visits, streak or skuSet.");
            context.Require(challenge.EndsOn >= challenge.StartsOn, $"{path}.endsOn", "Must not be before startsOn.");
            context.Require(challenge.MinimumSpend >= 0m, $"{path}.minimumSpend", "Must not be negative.");
            if (challenge.Categories is not null)
            {
                context.RequireValues(challenge.Categories, $"{path}.categories");
            }

            ValidateGoal(context, challenge, path);
            ValidateReward(context, challenge.Reward, $"{path}.reward");
        }
    }

    private static void ValidateGoal(ValidationContext context, ChallengeDefinition challenge, string path)
    {
        switch (challenge.Kind)
        {
            case ChallengeKind.Spend:
                context.Require(challenge.Target > 0m, $"{path}.target", "Must be a spend above 0.");
                break;
            case ChallengeKind.Visits:
                context.Require(challenge.Target is >= 1m and <= 10_000m && decimal.Truncate(challenge.Target) == challenge.Target, $"{path}.target", "Must be a whole number of visits from 1 to 10000.");
                break;
            case ChallengeKind.Streak:
                context.Require(challenge.Target is >= 2m and <= 366m && decimal.Truncate(challenge.Target) == challenge.Target, $"{path}.target", "Must be a whole number of periods from 2 to 366.");
                context.Require(Enum.IsDefined(challenge.StreakUnit), $"{path}.streakUnit", "Must be days or weeks.");
                break;
            case ChallengeKind.SkuSet:
                context.RequireValues(challenge.Skus, $"{path}.skus");
                context.Require(challenge.Skus is null || challenge.Skus.Count <= 100, $"{path}.skus", "At most 100 SKUs.");
                context.Require(
                    challenge.Skus is null || challenge.Skus.Distinct(StringComparer.OrdinalIgnoreCase).Count() == challenge.Skus.Count,
                    $"{path}.skus",
                    "Must not list a SKU twice.");
                break;
        }

        context.Require(challenge.Kind == ChallengeKind.SkuSet || challenge.Skus is null, $"{path}.skus", "Only a skuSet challenge lists SKUs.");
    }

    private static void ValidateReward(ValidationContext context, ChallengeReward? reward, string path)
    {
        if (reward is null)
        {
            context.Add(path, "Is required; use { \"points\": 0 } for none.");
            return;
        }

        context.Require(reward.Points is >= 0 and <= 10_000_000, $"{path}.points", "Must be between 0 and 10000000.");
        context.Require(reward.BadgeId is null || !string.IsNullOrWhiteSpace(reward.BadgeId), $"{path}.badgeId", "Must not be blank; omit it for none.");
        context.Require(reward.OfferId is null || !string.IsNullOrWhiteSpace(reward.OfferId), $"{path}.offerId", "Must not be blank; omit it for none.");
    }
}
