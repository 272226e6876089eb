using Loyalty.Grains.Hosting;
using Loyalty.Grains.Leaderboards;
using Loyalty.Grains.Programs;
using Loyalty.Runtime;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;
using Microsoft.Extensions.Options;

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
        endpoints.MapGet("/api/v1/leaderboards/monthly-points/{month}", (string month, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options, TimeProvider time, int top = 10, string? memberId = null) =>
                ReadAsync(month, top, memberId, grains, options, time))
            .WithTags("Leaderboards")
            .RequireAuthorization(LoyaltyPolicies.Marketer)
            .WithName("GetMonthlyPointsLeaderboard")
            .WithSummary("Members ranked by points earned from purchases in a month (yyyy-MM, or current; top ≤ 100) and, with memberId, that member's rank.");
        endpoints.MapGet("/api/v1/members/{memberId}/leaderboards/monthly-points/{month}", (string memberId, string month, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options, TimeProvider time, int top = 10) =>
                ReadAsync(month, top, memberId, grains, options, time))
            .WithTags("Leaderboards")
            .RequireAuthorization(LoyaltyPolicies.Member)
            .RequireRouteScope()
            .WithName("GetOwnMonthlyPointsLeaderboard")
            .WithSummary("The top of a month's points leaderboard (yyyy-MM, or current; top ≤ 100) and the member's own rank.");
        return endpoints;
    }

    /// <summary>The month that is current in the program's time zone, as the boards count it.</summary>
    public const string CurrentMonth = "current";

    private static async Task<IResult> ReadAsync(string month, int top, string? memberId, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options, TimeProvider time)
    {
        if (month == CurrentMonth && await grains.GetGrain<IProgramGrain>(options.Value.ProgramId).GetCurrentAsync() is { } program)
        {
            return await LeaderboardReads.ReadAsync(MonthlyPoints.Board(MonthlyPoints.MonthOf(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(program.TimeZone))), top, memberId, grains);
        }

        return MonthlyPoints.TryParseMonth(month, out var first)
            ? await LeaderboardReads.ReadAsync(MonthlyPoints.Board(first), top, memberId, grains)
            : Validation.Problem("month", "Must be a month written yyyy-MM (e.g. 2026-12) or current.");
    }
}
