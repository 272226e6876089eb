using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Grains.Members;
using Loyalty.Runtime;
using Loyalty.Silo.Apis.Contracts;
using Loyalty.Silo.Security;
using Loyalty.Silo.Telemetry;

namespace Loyalty.Silo.Apis;

/// <summary>What tills post for a member: purchases, quotes and returns. Every write is idempotent.</summary>
public static class PurchasesApi
{
    /// <summary>Maps <c>/api/v1/members/{memberId}/purchases</c> and <c>…/returns</c>.</summary>
    public static IEndpointRouteBuilder MapPurchasesApi(this IEndpointRouteBuilder endpoints)
    {
        var member = endpoints.MapGroup("/api/v1/members/{memberId}")
            .WithTags("Purchases")
            .RequireAuthorization(LoyaltyPolicies.Till)
            .RequireRouteScope();

        member.MapPost("/purchases", PurchaseAsync)
            .WithName("PostPurchase")
            .WithSummary("Applies a purchase: points, cashback, discount, tier and progress, durable before the answer (201).");
        member.MapPost("/purchases/quote", QuoteAsync)
            .WithName("QuotePurchase")
            .WithSummary("Evaluates a purchase without applying it: the same effect list, nothing saved.");
        member.MapPost("/returns", ReturnAsync)
            .WithName("PostReturn")
            .WithSummary("Returns a purchase, whole or by line, reversing exactly what those lines earned.");
        return endpoints;
    }

    private static async Task<IResult> PurchaseAsync(string memberId, PurchaseRequest request, HttpContext context, IGrainFactory grains)
    {
        if (!IdempotencyKeys.TryResolve(request.TransactionId, context.Request, out var key, out var problem))
        {
            return problem;
        }

        if (StoreScope.Refuses(context.User, request.StoreId) is { } outOfScope)
        {
            return outOfScope;
        }

        // One span per purchase between the HTTP request and the member grain's call (and its journal commit).
        using var span = LoyaltyTelemetry.ActivitySource.StartActivity("purchase.ingest");
        var outcome = await grains.GetGrain<IMemberGrain>(memberId).PurchaseAsync(new RecordPurchase(key, ToPurchase(request)));
        PurchaseMetrics.Record(context.User, outcome, span);
        return outcome.ToHttp(context, StatusCodes.Status201Created);
    }

    private static async Task<IResult> QuoteAsync(string memberId, PurchaseRequest request, HttpContext context, IGrainFactory grains)
    {
        if (StoreScope.Refuses(context.User, request.StoreId) is { } outOfScope)
        {
            return outOfScope;
        }

        var quoteId = Ids.IsValid(request.TransactionId) ? request.TransactionId! : "quote";
        var outcome = await grains.GetGrain<IMemberGrain>(memberId).QuoteAsync(new QuotePurchase(quoteId, ToPurchase(request)));
        return outcome.ToHttp(context);
    }

    private static async Task<IResult> ReturnAsync(string memberId, ReturnRequest request, HttpContext context, IGrainFactory grains)
    {
        if (!IdempotencyKeys.TryResolve(request.TransactionId, context.Request, out var key, out var problem))
        {
            return problem;
        }

        var outcome = await grains.GetGrain<IMemberGrain>(memberId).ReturnAsync(new ReturnPurchase(key, request.PurchaseTransactionId, request.LineIds));
        return outcome.ToHttp(context, StatusCodes.Status201Created);
    }

    // Validation of the basket (currency, future dates, line ids, amounts) is the domain's, inside the
    // grain, before anything is decided; its rejections name the field and change nothing.
    private static Purchase ToPurchase(PurchaseRequest request) => new(
        request.OccurredAt,
        request.StoreId,
        request.Channel,
        request.PartnerId,
        request.Currency,
        [.. request.Lines.Select(line => new PurchaseLine(line.LineId, line.Sku, line.Category, line.Quantity, line.Amount))]);
}
