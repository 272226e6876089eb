namespace Loyalty.Domain.Programs.Rules;

/// <summary>A declarative rule: when every condition holds, its effects apply.</summary>
/// <param name="Id">Unique id; effects in results name it.</param>
/// <param name="Order">Rules apply in ascending order (ties by id, ordinal).</param>
/// <param name="Stackable">A non-stackable rule applies only if no rule applied before it, and stops later rules.</param>
/// <param name="ExclusiveGroup">At most one rule of a group applies: the first in order whose conditions hold.</param>
/// <param name="ValidFrom">Purchases made before this instant ignore the rule; null means always.</param>
/// <param name="ValidUntil">Purchases made at or after this instant ignore the rule; null means always.</param>
/// <param name="Conditions">All must hold; an empty list always holds.</param>
/// <param name="Effects">What the rule does.</param>
public sealed record RuleDefinition(
    string Id,
    int Order,
    bool Stackable,
    string? ExclusiveGroup,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidUntil,
    IReadOnlyList<RuleCondition> Conditions,
    IReadOnlyList<RuleEffect> Effects);
