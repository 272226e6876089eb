using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Programs;

/// <summary>Validates the rules, their conditions and their effects.</summary>
internal static class RuleValidator
{
    public static void Validate(ValidationContext context, IReadOnlyList<RuleDefinition>? rules)
    {
        if (rules is null)
        {
            context.Add("rules", "Is required (an empty list is fine).");
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var path = $"rules[{i}]";
            context.Require(!string.IsNullOrWhiteSpace(rule.Id) && ids.Add(rule.Id), $"{path}.id", "Must be a unique, non-blank id.");
            context.Require(rule.ExclusiveGroup is null || rule.ExclusiveGroup.Length > 0, $"{path}.exclusiveGroup", "Must not be empty; omit it instead.");
            context.Require(
                rule.ValidFrom is null || rule.ValidUntil is null || rule.ValidFrom < rule.ValidUntil,
                $"{path}.validUntil",
                "Must be after validFrom.");
            context.Require(rule.Conditions is not null, $"{path}.conditions", "Is required (an empty list always holds).");
            for (var c = 0; rule.Conditions is not null && c < rule.Conditions.Count; c++)
            {
                rule.Conditions[c].Validate(context, $"{path}.conditions[{c}]");
            }

            context.RequireNonEmpty(rule.Effects, $"{path}.effects");
            for (var e = 0; rule.Effects is not null && e < rule.Effects.Count; e++)
            {
                rule.Effects[e].Validate(context, $"{path}.effects[{e}]");
            }
        }
    }
}
