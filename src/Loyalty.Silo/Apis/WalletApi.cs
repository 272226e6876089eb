using Loyalty.Domain.Commands;
using Loyalty.Grains.Members;
using Loyalty.Runtime;
using Loyalty.Silo.Apis.Contracts;
using Loyalty.Silo.Security;

namespace Loyalty.Silo.Apis;

/// <summary>Spending at the till: redeem at once, or hold at checkout and then capture or release.</summary>
public static class WalletApi
{
    /// <summary>Maps <c>/api/v1/members/{memberId}/redemptions</c> and <c>…/holds</c>.</summary>
    public static IEndpointRouteBuilder MapWalletApi(this IEndpointRouteBuilder endpoints)
    {
        var member = endpoints.MapGroup("/api/v1/members/{memberId}")
            .WithTags("Wallet")
            .RequireAuthorization(LoyaltyPolicies.Till)
            .RequireRouteScope();

        member.MapPost("/redemptions", RedeemAsync)
            .WithName("Redeem")
            .WithSummary("Spends points or cashback (minor units); refused with 422 when the available balance is short.");
        member.MapPost("/holds", HoldAsync)
            .WithName("PlaceHold")
            .WithSummary("Reserves points or cashback for a checkout until captured, released or expired.");
        member.MapPost("/holds/{holdId}/capture", CaptureAsync)
            .WithName("CaptureHold")
            .WithSummary("Spends a hold.");
        member.MapPost("/holds/{holdId}/release", ReleaseAsync)
            .WithName("ReleaseHold")
            .WithSummary("Gives a hold back.");
        return endpoints;
    }

    private static Task<IResult> RedeemAsync(string memberId, RedeemRequest request, HttpContext context, IGrainFactory grains) =>
        SendAsync(request.TransactionId, context, key => grains.GetGrain<IMemberGrain>(memberId).RedeemAsync(new RedeemBalance(key, request.Wallet, request.Amount)));

    private static Task<IResult> HoldAsync(string memberId, HoldRequest request, HttpContext context, IGrainFactory grains) =>
        SendAsync(request.TransactionId, context, key => grains.GetGrain<IMemberGrain>(memberId).HoldAsync(new PlaceHold(key, request.Wallet, request.Amount, request.ExpiresAt)));

    private static Task<IResult> CaptureAsync(string memberId, string holdId, HoldActionRequest request, HttpContext context, IGrainFactory grains) =>
        SendAsync(request.TransactionId, context, key => grains.GetGrain<IMemberGrain>(memberId).CaptureAsync(new CaptureHold(key, holdId)));

    private static Task<IResult> ReleaseAsync(string memberId, string holdId, HoldActionRequest request, HttpContext context, IGrainFactory grains) =>
        SendAsync(request.TransactionId, context, key => grains.GetGrain<IMemberGrain>(memberId).ReleaseAsync(new ReleaseHold(key, holdId)));

    private static async Task<IResult> SendAsync(string? transactionId, HttpContext context, Func<string, Task<MemberOutcome>> send)
    {
        if (!IdempotencyKeys.TryResolve(transactionId, context.Request, out var key, out var problem))
        {
            return problem;
        }

        return (await send(key)).ToHttp(context, StatusCodes.Status201Created);
    }
}
