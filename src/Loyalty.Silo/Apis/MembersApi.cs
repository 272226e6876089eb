using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Grains.Members;
using Loyalty.Runtime;
using Loyalty.Silo.Apis.Contracts;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;

namespace Loyalty.Silo.Apis;

/// <summary>Members: tills enroll and look members up; a member reads only their own account and history.</summary>
public static class MembersApi
{
    /// <summary>Maps <c>/api/v1/members</c>.</summary>
    public static IEndpointRouteBuilder MapMembersApi(this IEndpointRouteBuilder endpoints)
    {
        var members = endpoints.MapGroup("/api/v1/members").WithTags("Members");

        members.MapPost("/", EnrollAsync)
            .RequireAuthorization(LoyaltyPolicies.Till)
            .WithName("EnrollMember")
            .WithSummary("Enrolls a member and pays the welcome bonus; a retry with the same transaction id returns the original result.");

        var member = members.MapGroup("/{memberId}").RequireRouteScope();
        member.MapGet("/", GetAccountAsync)
            .RequireAuthorization(LoyaltyPolicies.Till)
            .WithName("LookUpMember")
            .WithSummary("A till looks a member up: balances, tier and progress.");
        member.MapGet("/account", GetAccountAsync)
            .RequireAuthorization(LoyaltyPolicies.Member)
            .WithName("GetOwnAccount")
            .WithSummary("A member's own balances, tier with progress to the next, challenges and badges.");
        member.MapGet("/history", GetHistoryAsync)
            .RequireAuthorization(LoyaltyPolicies.Member)
            .WithName("GetOwnHistory")
            .WithSummary("A member's applied transactions, newest first (skip, take ≤ 100).");
        member.MapGet("/offers", GetOffersAsync)
            .RequireAuthorization(LoyaltyPolicies.Member)
            .WithName("GetOwnOffers")
            .WithSummary("Live flash campaigns that target the member: what they pay, on which lines, until when.");
        return endpoints;
    }

    private static async Task<IResult> EnrollAsync(EnrollRequest request, HttpContext context, IGrainFactory grains)
    {
        if (!Ids.IsValid(request.MemberId))
        {
            return Validation.Problem(Validation.Field("memberId"), $"Must be {Ids.Rule}.");
        }

        if (!IdempotencyKeys.TryResolve(request.TransactionId, context.Request, out var key, out var problem))
        {
            return problem;
        }

        var profile = new MemberProfile(request.Birthday, request.TimeZone, request.Segments ?? [], request.Clubs ?? [], request.Subscriptions ?? []);
        var outcome = await grains.GetGrain<IMemberGrain>(request.MemberId).EnrollAsync(new EnrollMember(key, request.MemberId, profile));
        return outcome.ToHttp(context, StatusCodes.Status201Created);
    }

    private static async Task<IResult> GetAccountAsync(string memberId, IGrainFactory grains) =>
        Ids.IsValid(memberId) && await grains.GetGrain<IMemberGrain>(memberId).GetAccountAsync() is { } account
            ? TypedResults.Ok(account)
            : TypedResults.Problem($"No member '{memberId}' is enrolled.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> GetOffersAsync(string memberId, IGrainFactory grains) =>
        Ids.IsValid(memberId) && await grains.GetGrain<IMemberGrain>(memberId).GetOffersAsync() is { } offers
            ? TypedResults.Ok(offers)
            : TypedResults.Problem($"No member '{memberId}' is enrolled.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> GetHistoryAsync(string memberId, IGrainFactory grains, int skip = 0, int take = 20)
    {
        if (skip is < 0 or > 10_000)
        {
            return Validation.Problem("skip", "Must be between 0 and 10000.");
        }

        if (take is < 1 or > MemberGrain.MaxHistoryPage)
        {
            return Validation.Problem("take", $"Must be between 1 and {MemberGrain.MaxHistoryPage}.");
        }

        return TypedResults.Ok(await grains.GetGrain<IMemberGrain>(memberId).GetHistoryAsync(skip, take));
    }
}
