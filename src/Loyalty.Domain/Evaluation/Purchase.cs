namespace Loyalty.Domain.Evaluation;

/// <summary>A purchase as the till reports it.</summary>
/// <param name="OccurredAt">When the purchase happened at the till; rules read local time and day from it.</param>
/// <param name="StoreId">The store.</param>
/// <param name="Channel">Sales channel (store, web, app ...).</param>
/// <param name="PartnerId">The partner the purchase was made with, if any.</param>
/// <param name="Currency">ISO 4217 code; must be the program's currency.</param>
/// <param name="Lines">The basket; at least one line.</param>
public sealed record Purchase(
    DateTimeOffset OccurredAt,
    string StoreId,
    string Channel,
    string? PartnerId,
    string Currency,
    IReadOnlyList<PurchaseLine> Lines);

/// <summary>One line of a basket.</summary>
/// <param name="LineId">Unique within the purchase; returns name it.</param>
/// <param name="Sku">The article.</param>
/// <param name="Category">The article's category.</param>
/// <param name="Quantity">Units bought; positive.</param>
/// <param name="Amount">What the line cost in total, in major currency units; not negative.</param>
public sealed record PurchaseLine(string LineId, string Sku, string Category, int Quantity, decimal Amount);
