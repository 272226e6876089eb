using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;

namespace Loyalty.Silo.Apis;

/// <summary>
/// Period leaderboards: points earned from purchases per calendar month (the program's time zone). Marketers read any
/// month's board and any member's rank; a member reads the board with their own rank.
/// </summary>
public static class LeaderboardsApi
{
    /// <summary>Maps <c>/api/v1/leaderboards/monthly-points/{month}</c> and the member's own view of it.</summary>
    public static IEndpointRouteBuilder MapLeaderboardsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/leaderboards/monthly-points/{month}", (string month, IGrainFactory grains, int top = 10, string? memberId = null) =>
                ReadAsync(month, top, memberId, grains))
            .WithTags("Leaderboards")
            .RequireAuthorization(LoyaltyPolicies.Marketer)
            .WithName("GetMonthlyPointsLeaderboard")
            .WithSummary("Members ranked by points earned from purchases in a month (yyyy-MM; top ≤ 100) and, with memberId, that member's rank.");
        endpoints.MapGet("/api/v1/members/{memberId}/leaderboards/monthly-points/{month}", (string memberId, string month, IGrainFactory grains, int top = 10) =>
                ReadAsync(month, top, memberId, grains))
            .WithTags("Leaderboards")
            .RequireAuthorization(LoyaltyPolicies.Member)
            .RequireRouteScope()
            .WithName("GetOwnMonthlyPointsLeaderboard")
            .WithSummary("The top of a month's points leaderboard (yyyy-MM; top ≤ 100) and the member's own rank.");
        return endpoints;
    }

    private static Task<IResult> ReadAsync(string month, int top, string? memberId, IGrainFactory grains) =>
        MonthlyPoints.TryParseMonth(month, out var first)
            ? LeaderboardReads.ReadAsync(MonthlyPoints.Board(first), top, memberId, grains)
            : Task.FromResult<IResult>(Validation.Problem("month", "Must be a month written yyyy-MM, e.g. 2026-12."));
}
