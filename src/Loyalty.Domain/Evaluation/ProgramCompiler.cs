using System.Collections.Concurrent;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Evaluation;

/// <summary>Compiles program versions into <see cref="CompiledProgram"/>s, once per (program, version).</summary>
public static class ProgramCompiler
{
    private static readonly ConcurrentDictionary<(string ProgramId, int Version), CompiledProgram> Cache = new();

    /// <summary>The compiled form of <paramref name="definition"/>, compiled on first use of its (id, version).</summary>
    /// <exception cref="InvalidProgramDefinitionException">The definition does not validate.</exception>
    public static CompiledProgram GetOrCompile(ProgramDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return Cache.GetOrAdd((definition.ProgramId, definition.Version), static (_, d) => Compile(d), definition);
    }

    /// <summary>Compiles without caching (a definition under edit, tests).</summary>
    /// <exception cref="InvalidProgramDefinitionException">The definition does not validate.</exception>
    public static CompiledProgram Compile(ProgramDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = definition.Validate();
        if (errors.Count > 0)
        {
            throw new InvalidProgramDefinitionException(errors);
        }

        var groups = definition.Rules
            .Select(rule => rule.ExclusiveGroup)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select((group, index) => (group, index))
            .ToDictionary(x => x.group, x => x.index, StringComparer.Ordinal);
        var compilation = new RuleCompilation(definition);
        var rules = definition.Rules
            .OrderBy(rule => rule.Order)
            .ThenBy(rule => rule.Id, StringComparer.Ordinal)
            .Select(rule => new CompiledRule(
                rule.Id,
                rule.Stackable,
                rule.ExclusiveGroup is { } group ? groups[group] : -1,
                rule.ValidFrom ?? DateTimeOffset.MinValue,
                rule.ValidUntil ?? DateTimeOffset.MaxValue,
                // Channel conditions are settled before the rule is tested: the compiled program offers a rule only to
                // purchases in a channel they accept (see CompiledRule.CanApplyInChannel).
                [.. rule.Conditions.Where(condition => condition is not ChannelCondition).OrderBy(condition => condition.Cost).Select(condition => condition.Compile(compilation))],
                [.. rule.Effects.Select(effect => effect.Compile(rule.Id, compilation))],
                [.. rule.Conditions.OfType<ChannelCondition>().Select(condition => condition.AcceptedChannels(compilation))]))
            .ToArray();
        var timeZone = TimeZoneInfo.FindSystemTimeZoneById(definition.TimeZone);
        return new CompiledProgram(definition, timeZone, rules, groups.Count, compilation);
    }
}
