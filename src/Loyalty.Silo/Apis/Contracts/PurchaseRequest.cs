namespace Loyalty.Silo.Apis.Contracts;

/// <summary>A purchase as a till posts it.</summary>
/// <param name="OccurredAt">When it happened at the till (at most 5 minutes ahead of the silo's clock).</param>
/// <param name="StoreId">The store.</param>
/// <param name="Channel">Sales channel: store, web, app …</param>
/// <param name="Currency">ISO 4217 code; must be the program's.</param>
/// <param name="Lines">The basket, 1 to 500 lines with unique line ids.</param>
/// <param name="TransactionId">Idempotency key; or send the <c>Idempotency-Key</c> header.</param>
/// <param name="PartnerId">The coalition partner, if any.</param>
public sealed record PurchaseRequest(
    DateTimeOffset OccurredAt,
    string StoreId,
    string Channel,
    string Currency,
    IReadOnlyList<PurchaseLineRequest> Lines,
    string? TransactionId = null,
    string? PartnerId = null);

/// <summary>One basket line.</summary>
/// <param name="LineId">Unique within the purchase; returns name it.</param>
/// <param name="Sku">The article.</param>
/// <param name="Category">The article's category.</param>
/// <param name="Quantity">Units, positive.</param>
/// <param name="Amount">What the line cost in total, in major units, with at most the currency's decimals.</param>
public sealed record PurchaseLineRequest(string LineId, string Sku, string Category, int Quantity, decimal Amount);
