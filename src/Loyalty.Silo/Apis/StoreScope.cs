using System.Security.Claims;
using Loyalty.Silo.Security;

namespace Loyalty.Silo.Apis;

/// <summary>
/// A key limited to one store posts only that store's purchases: the store decides store
/// multipliers and rules, so claiming another store would be a way to earn more than due.
/// </summary>
internal static class StoreScope
{
    public const string Message = "The API key is limited to another store.";

    /// <summary>A 403 problem naming <c>$.storeId</c> when the caller may not act for <paramref name="storeId"/>; otherwise null.</summary>
    public static IResult? Refuses(ClaimsPrincipal caller, string storeId) =>
        caller.MayActForStore(storeId)
            ? null
            : Results.ValidationProblem(
                new Dictionary<string, string[]> { ["$.storeId"] = [Message] },
                Message,
                statusCode: StatusCodes.Status403Forbidden,
                title: "Outside the caller's scope");
}
