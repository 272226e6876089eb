using System.Text.Json;

namespace Loyalty.Silo.Apis.Contracts;

/// <summary>Up to 1,000 purchases of any members. Items are read one by one, so a malformed item fails alone.</summary>
public sealed record PurchaseBatchRequest(IReadOnlyList<JsonElement> Items);

/// <summary>One purchase in a batch: a <see cref="PurchaseRequest"/> plus the member it is for; the transaction id is required.</summary>
public sealed record BatchPurchaseItem(
    string MemberId,
    string TransactionId,
    DateTimeOffset OccurredAt,
    string StoreId,
    string Channel,
    string Currency,
    IReadOnlyList<PurchaseLineRequest> Lines,
    string? PartnerId = null);

/// <summary>The outcome of one batch item, in the order sent.</summary>
/// <param name="Index">Position of the item in the request.</param>
/// <param name="Status">The HTTP status the item would have had on its own.</param>
/// <param name="Replayed">True when the item repeated an applied transaction.</param>
/// <param name="Result">The result, when applied or replayed.</param>
/// <param name="Error">Why it was refused: a code, a message and the field (a JSON path within the item).</param>
public sealed record BatchItemResult(int Index, int Status, bool Replayed, object? Result, BatchItemError? Error);

/// <summary>Why a batch item was refused.</summary>
public sealed record BatchItemError(string Code, string Message, string? Field);
