using System.Security.Claims;

namespace Loyalty.Silo.Apis;

/// <summary><c>GET /api/v1/me</c>: who the credentials belong to and what they may act for.</summary>
public static class MeApi
{
    /// <summary>Maps the "who am I" route for any authenticated caller.</summary>
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/me", (ClaimsPrincipal caller) => TypedResults.Ok(Caller.Of(caller)))
            .RequireAuthorization()
            .WithTags("Identity")
            .WithName("GetCurrentCaller")
            .WithSummary("Who am I: the caller's kind, subject, role and scope.");
        return endpoints;
    }
}
