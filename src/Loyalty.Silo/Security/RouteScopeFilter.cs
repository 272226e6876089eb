using System.Security.Claims;

namespace Loyalty.Silo.Security;

/// <summary>
/// Compares route values with the caller's scope before the handler runs. It answers 403, not 404:
/// the decision uses the caller's claims only — nothing is looked up — so it reveals nothing about
/// whether the other member, chain or partner exists.
/// </summary>
internal sealed class RouteScopeFilter : IEndpointFilter
{
    private static readonly (string RouteValue, Func<ClaimsPrincipal, string, bool> MayActFor)[] Checks =
    [
        ("chainId", CallerScope.MayActForChain),
        ("storeId", CallerScope.MayActForStore),
        ("partnerId", CallerScope.MayActForPartner),
        ("memberId", CallerScope.MayActForMember),
    ];

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        foreach (var (routeValue, mayActFor) in Checks)
        {
            if (http.Request.RouteValues.TryGetValue(routeValue, out var value)
                && value?.ToString() is { } id
                && !mayActFor(http.User, id))
            {
                return ValueTask.FromResult<object?>(TypedResults.Problem(
                    statusCode: StatusCodes.Status403Forbidden,
                    title: "Outside the caller's scope",
                    detail: $"The caller may not act for this route's {routeValue}."));
            }
        }

        return next(context);
    }
}
