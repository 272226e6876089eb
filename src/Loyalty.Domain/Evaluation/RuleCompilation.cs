using System.Collections.Frozen;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Evaluation;

/// <summary>What compiling one program version shares between its rules: the definition and the symbol tables.</summary>
internal sealed class RuleCompilation
{
    private readonly Dictionary<string, LineMatcher> matchers = new(StringComparer.Ordinal);

    public RuleCompilation(ProgramDefinition program)
    {
        Program = program;
        AllLines = new LineMatcher(0, null, []);
        matchers.Add(string.Empty, AllLines);
    }

    public ProgramDefinition Program { get; }

    /// <summary>The scope of every line.</summary>
    public LineMatcher AllLines { get; }

    /// <summary>Every distinct scope, by index.</summary>
    public IReadOnlyList<LineMatcher> Matchers => [.. matchers.Values.OrderBy(matcher => matcher.Index)];

    public Symbols Categories { get; } = new();

    public Symbols Skus { get; } = new();

    public Symbols Stores { get; } = new();

    public Symbols Channels { get; } = new();

    public Symbols Partners { get; } = new();

    /// <summary>The matcher of <paramref name="scope"/>; equal scopes share one, so their sums are computed once per purchase.</summary>
    public LineMatcher Matcher(LineScope? scope)
    {
        if (scope is null)
        {
            return AllLines;
        }

        var categories = (scope.Categories ?? []).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var skus = (scope.Skus ?? []).Order(StringComparer.OrdinalIgnoreCase).ToArray();
        var key = string.Join('\u001f', categories).ToUpperInvariant() + "\u001e" + string.Join('\u001f', skus).ToUpperInvariant();
        if (!matchers.TryGetValue(key, out var matcher))
        {
            matcher = new LineMatcher(matchers.Count, Categories.Mask(categories), Skus.Mask(skus));
            matchers.Add(key, matcher);
        }

        return matcher;
    }

    public SymbolTable Freeze() => new(Categories.Freeze(), Skus.Freeze(), Stores.Freeze(), Channels.Freeze(), Partners.Freeze());
}

/// <summary>The frozen symbol tables of a compiled program; a purchase's values are looked up here once.</summary>
internal sealed record SymbolTable(
    FrozenDictionary<string, int> Categories,
    FrozenDictionary<string, int> Skus,
    FrozenDictionary<string, int> Stores,
    FrozenDictionary<string, int> Channels,
    FrozenDictionary<string, int> Partners)
{
    public static int IdOf(FrozenDictionary<string, int> table, string? value) =>
        value is not null && table.TryGetValue(value, out var id) ? id : -1;
}
