using Loyalty.Domain.Programs;
using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Small programs built in code, so each test states only what it is about.</summary>
internal static class TestPrograms
{
    public static ProgramDefinition Plain { get; } = new(
        "test",
        1,
        "EUR",
        "Etc/UTC",
        new WalletPolicy(0, null),
        new WalletPolicy(0, null),
        new EarnPolicy(1m, []),
        new TierPolicy(
            TierBasis.Spend,
            365,
            365,
            DowngradePolicy.OneStepDown,
            [
                new TierLevel("Bronze", 0m, 1m, 0m, 0m),
                new TierLevel("Silver", 100m, 1m, 0m, 0m),
                new TierLevel("Gold", 500m, 1m, 0m, 0m),
                new TierLevel("Platinum", 1000m, 1m, 0m, 0m),
            ]),
        new DiscountProgram(DiscountKind.None, 0m, []),
        new BonusPolicy(0, 0),
        []);

    public static ProgramDefinition WithRules(params RuleDefinition[] rules) => Plain with { Rules = rules };

    public static RuleDefinition Rule(string id, RuleCondition[] conditions, params RuleEffect[] effects) =>
        new(id, 0, true, null, null, null, conditions, effects);

    public static RuleDefinition Always(string id, params RuleEffect[] effects) => Rule(id, [], effects);

    public static LineScope Categories(params string[] categories) => new(categories, null);
}
