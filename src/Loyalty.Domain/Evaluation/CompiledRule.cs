namespace Loyalty.Domain.Evaluation;

/// <summary>
/// A rule after compilation: its predicates, its effect actions and its stacking slot. The channel conditions are
/// kept apart as masks: <see cref="CompiledProgram"/> only tests a rule for purchases in a channel they accept.
/// </summary>
internal sealed class CompiledRule(
    string id,
    bool stackable,
    int exclusiveGroup,
    DateTimeOffset validFrom,
    DateTimeOffset validUntil,
    Func<PurchaseEvaluator, bool>[] conditions,
    Action<PurchaseEvaluator>[] effects,
    bool[][] acceptedChannels)
{
    private readonly bool isWindowed = validFrom != DateTimeOffset.MinValue || validUntil != DateTimeOffset.MaxValue;

    public string Id { get; } = id;

    public bool Stackable { get; } = stackable;

    /// <summary>Index of the exclusive group, or -1 when the rule has none.</summary>
    public int ExclusiveGroup { get; } = exclusiveGroup;

    /// <summary>Whether every channel condition of the rule accepts <paramref name="channelId"/>; true for a rule without one.</summary>
    public bool CanApplyInChannel(int channelId) => acceptedChannels.All(accepted => Symbols.IsSet(accepted, channelId));

    public bool Holds(PurchaseEvaluator evaluator)
    {
        if (isWindowed && (evaluator.Purchase.OccurredAt < validFrom || evaluator.Purchase.OccurredAt >= validUntil))
        {
            return false;
        }

        foreach (var condition in conditions)
        {
            if (!condition(evaluator))
            {
                return false;
            }
        }

        return true;
    }

    public void Apply(PurchaseEvaluator evaluator)
    {
        foreach (var effect in effects)
        {
            effect(evaluator);
        }
    }
}
