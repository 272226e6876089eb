namespace Loyalty.Domain.Evaluation;

/// <summary>A compiled line scope: flags over the program's category and SKU ids, and a slot in the evaluation's cache.</summary>
internal sealed class LineMatcher(int index, bool[]? categories, bool[] skus)
{
    /// <summary>Slot of this scope in <see cref="PurchaseEvaluator.Match"/>'s per-evaluation cache.</summary>
    public int Index { get; } = index;

    /// <summary>Whether this is the scope of every line (no categories or SKUs named).</summary>
    public bool IsAllLines => categories is null;

    /// <summary>Whether line <paramref name="line"/> of the purchase being evaluated is in scope.</summary>
    public bool Matches(PurchaseEvaluator evaluator, int line) =>
        categories is null
        || Symbols.IsSet(categories, evaluator.LineCategory[line])
        || Symbols.IsSet(skus, evaluator.LineSku[line]);
}
