using Loyalty.Domain.Programs;

namespace Loyalty.Domain.Evaluation;

/// <summary>The compiled base earn: the rate and, per symbol id, the largest multiplier of each dimension.</summary>
internal sealed class BaseEarn
{
    private readonly decimal pointsPerUnit;
    private readonly decimal[] byCategory;
    private readonly decimal[] bySku;
    private readonly decimal[] byStore;
    private readonly decimal[] byChannel;

    public BaseEarn(EarnPolicy policy, RuleCompilation compilation)
    {
        pointsPerUnit = policy.PointsPerUnit;
        byCategory = Largest(policy, EarnDimension.Category, compilation.Categories);
        bySku = Largest(policy, EarnDimension.Sku, compilation.Skus);
        byStore = Largest(policy, EarnDimension.Store, compilation.Stores);
        byChannel = Largest(policy, EarnDimension.Channel, compilation.Channels);
    }

    public void Apply(PurchaseEvaluator evaluator)
    {
        var amounts = evaluator.LineAmount;
        var purchaseFactor = Math.Max(Factor(byStore, evaluator.StoreId), Factor(byChannel, evaluator.ChannelId));
        var total = 0m;
        for (var i = 0; i < evaluator.LineCount; i++)
        {
            var factor = Math.Max(purchaseFactor, Math.Max(Factor(byCategory, evaluator.LineCategory[i]), Factor(bySku, evaluator.LineSku[i])));

            // Most lines have no multiplier: skip multiplying by one (exact either way, so the result is the same).
            var points = factor == 1m ? amounts[i] * pointsPerUnit : amounts[i] * pointsPerUnit * factor;
            evaluator.SetBasePoints(i, points);
            total += points;
        }

        evaluator.BasePointsTotal = total;
        evaluator.Record("base", EffectKind.BasePoints, total, null);
    }

    private static decimal Factor(decimal[] factors, int id) => (uint)id < (uint)factors.Length ? factors[id] : 1m;

    private static decimal[] Largest(EarnPolicy policy, EarnDimension dimension, Symbols symbols)
    {
        var multipliers = policy.Multipliers.Where(multiplier => multiplier.Dimension == dimension).ToArray();
        var ids = multipliers.Select(multiplier => symbols.Intern(multiplier.Value)).ToArray();
        var factors = new decimal[ids.Length == 0 ? 0 : ids.Max() + 1];
        for (var i = 0; i < multipliers.Length; i++)
        {
            factors[ids[i]] = Math.Max(factors[ids[i]], multipliers[i].Factor);
        }

        // Ids interned for other dimensions have no multiplier here: they count as 1, which saves a test per line.
        for (var id = 0; id < factors.Length; id++)
        {
            factors[id] = factors[id] > 0m ? factors[id] : 1m;
        }

        return factors;
    }
}
