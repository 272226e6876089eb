using System.Collections.Frozen;
using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Evaluation;

/// <summary>The compiled base earn: rate and the largest multiplier per category, SKU, store and channel.</summary>
internal sealed class BaseEarn(EarnPolicy policy)
{
    private readonly decimal pointsPerUnit = policy.PointsPerUnit;
    private readonly FrozenDictionary<string, decimal> byCategory = Largest(policy, EarnDimension.Category);
    private readonly FrozenDictionary<string, decimal> bySku = Largest(policy, EarnDimension.Sku);
    private readonly FrozenDictionary<string, decimal> byStore = Largest(policy, EarnDimension.Store);
    private readonly FrozenDictionary<string, decimal> byChannel = Largest(policy, EarnDimension.Channel);

    public void Apply(PurchaseEvaluator evaluator)
    {
        var purchase = evaluator.Purchase;
        var purchaseFactor = Math.Max(Factor(byStore, purchase.StoreId), Factor(byChannel, purchase.Channel));
        var total = 0m;
        for (var i = 0; i < purchase.Lines.Count; i++)
        {
            var line = purchase.Lines[i];
            var factor = Math.Max(purchaseFactor, Math.Max(Factor(byCategory, line.Category), Factor(bySku, line.Sku)));
            var points = line.Amount * pointsPerUnit * factor;
            evaluator.BasePoints[i] = points;
            evaluator.Points[i] = points;
            total += points;
        }

        evaluator.Record("base", EffectKind.BasePoints, total, null);
    }

    private static decimal Factor(FrozenDictionary<string, decimal> factors, string key) =>
        factors.Count != 0 && factors.TryGetValue(key, out var factor) ? factor : 1m;

    private static FrozenDictionary<string, decimal> Largest(EarnPolicy policy, EarnDimension dimension) =>
        policy.Multipliers
            .Where(multiplier => multiplier.Dimension == dimension)
            .GroupBy(multiplier => multiplier.Value, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(group => group.Key, group => group.Max(m => m.Factor), StringComparer.OrdinalIgnoreCase);
}
