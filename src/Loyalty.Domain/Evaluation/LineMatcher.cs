using System.Collections.Frozen;
using Loyalty.Domain.Programs.Rules;

namespace Loyalty.Domain.Evaluation;

/// <summary>A compiled <see cref="LineScope"/>: frozen sets built once per program version.</summary>
internal sealed class LineMatcher
{
    private readonly FrozenSet<string>? categories;
    private readonly FrozenSet<string>? skus;

    private LineMatcher(FrozenSet<string>? categories, FrozenSet<string>? skus)
    {
        this.categories = categories;
        this.skus = skus;
    }

    public static LineMatcher All { get; } = new(null, null);

    public static LineMatcher For(LineScope? scope) => scope is null
        ? All
        : new(
            scope.Categories is { Count: > 0 } c ? ValueSets.Of(c) : FrozenSet<string>.Empty,
            scope.Skus is { Count: > 0 } s ? ValueSets.Of(s) : FrozenSet<string>.Empty);

    public bool Matches(PurchaseLine line) =>
        categories is null || categories.Contains(line.Category) || skus!.Contains(line.Sku);
}
