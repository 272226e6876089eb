using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Purchases for tests; one line per (category, amount), ids l1, l2, ...</summary>
internal static class Baskets
{
    public static DateTimeOffset Monday10 { get; } = new(2026, 11, 16, 10, 0, 0, TimeSpan.Zero);

    public static Purchase Of(params (string Category, decimal Amount)[] lines) => At(Monday10, lines);

    public static Purchase At(DateTimeOffset occurredAt, params (string Category, decimal Amount)[] lines) => new(
        occurredAt,
        "store-1",
        "store",
        null,
        "EUR",
        [.. lines.Select((line, i) => new PurchaseLine($"l{i + 1}", $"sku-{line.Category}", line.Category, 1, line.Amount))]);
}
