using System.Security.Claims;
using System.Text.Json;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Grains.Members;
using Loyalty.Runtime;
using Loyalty.Silo.Apis.Contracts;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;
using Loyalty.Silo.Telemetry;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Apis;

/// <summary>Batches from tills that buffer (end-of-day uploads, offline stores): per-item results, one bad item fails alone.</summary>
public static class PurchaseBatchApi
{
    /// <summary>The most items one batch may carry.</summary>
    public const int MaxItems = 1_000;

    /// <summary>Maps <c>POST /api/v1/purchases/batch</c>.</summary>
    public static IEndpointRouteBuilder MapPurchaseBatchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/purchases/batch", ApplyAsync)
            .RequireAuthorization(LoyaltyPolicies.Till)
            .WithTags("Purchases")
            .WithName("PostPurchaseBatch")
            .WithSummary($"Applies up to {MaxItems} purchases of any members concurrently; 200 with one result per item, in order.");
        return endpoints;
    }

    private static async Task<IResult> ApplyAsync(PurchaseBatchRequest request, ClaimsPrincipal caller, IGrainFactory grains, IOptions<JsonOptions> json)
    {
        if (request.Items is not { Count: > 0 and <= MaxItems })
        {
            return Validation.Problem(Validation.Field("items"), $"A batch carries 1 to {MaxItems} items.");
        }

        // Members are independent grains: their items run concurrently; one member's items queue in its grain.
        var results = await Task.WhenAll(request.Items.Select((item, index) => ApplyOneAsync(index, item, caller, grains, json.Value.SerializerOptions)));
        return TypedResults.Ok(results);
    }

    private static async Task<BatchItemResult> ApplyOneAsync(int index, JsonElement element, ClaimsPrincipal caller, IGrainFactory grains, JsonSerializerOptions options)
    {
        BatchPurchaseItem? item;
        try
        {
            item = element.Deserialize<BatchPurchaseItem>(options);
        }
        catch (JsonException exception)
        {
            return Refused(index, StatusCodes.Status400BadRequest, "InvalidJson", "The item is not a valid purchase.", exception.Path);
        }

        if (item is null || !Ids.IsValid(item.MemberId) || !Ids.IsValid(item.TransactionId))
        {
            var field = item is not null && Ids.IsValid(item.MemberId) ? "$.transactionId" : "$.memberId";
            return Refused(index, StatusCodes.Status400BadRequest, "InvalidInput", $"Must be {Ids.Rule}.", field);
        }

        if (!caller.MayActForStore(item.StoreId))
        {
            return Refused(index, StatusCodes.Status403Forbidden, "OutOfScope", StoreScope.Message, "$.storeId");
        }

        var purchase = new Purchase(item.OccurredAt, item.StoreId, item.Channel, item.PartnerId, item.Currency,
            [.. item.Lines.Select(line => new PurchaseLine(line.LineId, line.Sku, line.Category, line.Quantity, line.Amount))]);
        using var span = LoyaltyTelemetry.ActivitySource.StartActivity("purchase.ingest");
        var outcome = await grains.GetGrain<IMemberGrain>(item.MemberId).PurchaseAsync(new RecordPurchase(item.TransactionId, purchase));
        PurchaseMetrics.Record(caller, outcome, span);
        return outcome.Rejection is { } rejection
            ? Refused(index, MemberOutcomes.StatusOf(rejection.Code), rejection.Code.ToString(), rejection.Message, MemberOutcomes.JsonPath(rejection.Field))
            : new BatchItemResult(index, StatusCodes.Status201Created, outcome.Replayed, outcome.Result, null);
    }

    private static BatchItemResult Refused(int index, int status, string code, string message, string? field) =>
        new(index, status, false, null, new BatchItemError(code, message, field));
}
