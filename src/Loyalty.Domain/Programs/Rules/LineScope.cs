namespace Loyalty.Domain.Programs.Rules;

/// <summary>Which purchase lines an effect or condition looks at: a line matches by category or by SKU.</summary>
/// <param name="Categories">Matching categories (case-insensitive); null matches none by category.</param>
/// <param name="Skus">Matching SKUs (case-insensitive); null matches none by SKU.</param>
/// <remarks>A missing scope (null) means every line.</remarks>
public sealed record LineScope(IReadOnlyList<string>? Categories, IReadOnlyList<string>? Skus)
{
    internal void Validate(ValidationContext context, string path)
    {
        if ((Categories is null || Categories.Count == 0) && (Skus is null || Skus.Count == 0))
        {
            context.Add(path, "A line scope needs at least one category or SKU; omit it to mean every line.");
        }

        context.RequireNoBlanks(Categories, $"{path}.categories");
        context.RequireNoBlanks(Skus, $"{path}.skus");
    }
}
