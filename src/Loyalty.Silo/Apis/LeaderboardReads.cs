using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime;
using Loyalty.Silo.Problems;

namespace Loyalty.Silo.Apis;

/// <summary>Reading a leaderboard: the top N and, for a member, their own rank; shared by challenge and period boards.</summary>
internal static class LeaderboardReads
{
    /// <summary>The top <paramref name="top"/> of <paramref name="boardId"/> and <paramref name="memberId"/>'s rank; 400 naming a bad parameter.</summary>
    public static async Task<IResult> ReadAsync(string boardId, int top, string? memberId, IGrainFactory grains) =>
        Problem(top, memberId) ?? TypedResults.Ok(await grains.GetGrain<ILeaderboardGrain>(boardId).GetAsync(top, memberId));

    /// <summary>The problem with <paramref name="top"/> or <paramref name="memberId"/>, if any.</summary>
    public static IResult? Problem(int top, string? memberId) =>
        top is < 1 or > LeaderboardGrain.MaxTop ? Validation.Problem("top", $"Must be between 1 and {LeaderboardGrain.MaxTop}.")
        : memberId is not null && !Ids.IsValid(memberId) ? Validation.Problem("memberId", $"Must be {Ids.Rule}.")
        : null;
}
