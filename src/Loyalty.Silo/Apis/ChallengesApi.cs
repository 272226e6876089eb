using Loyalty.Domain.Challenges;
using Loyalty.Domain.Commands;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Members;
using Loyalty.Grains.Programs;
using Loyalty.Runtime;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Apis;

/// <summary>
/// Challenges, badges and leaderboards: a member sees and joins their own challenges and their own
/// rank; marketers list the challenges and read any leaderboard.
/// </summary>
public static class ChallengesApi
{
    /// <summary>Maps the member routes under <c>/api/v1/members/{memberId}/challenges</c> and the marketer routes under <c>/api/v1/challenges</c>.</summary>
    public static IEndpointRouteBuilder MapChallengesApi(this IEndpointRouteBuilder endpoints)
    {
        var own = endpoints.MapGroup("/api/v1/members/{memberId}/challenges")
            .WithTags("Challenges")
            .RequireAuthorization(LoyaltyPolicies.Member)
            .RequireRouteScope();
        own.MapGet("/", GetOwnAsync)
            .WithName("GetOwnChallenges")
            .WithSummary("A member's challenges with progress, their badges and unlocked offers.");
        own.MapPost("/{challengeId}/join", JoinAsync)
            .WithName("JoinChallenge")
            .WithSummary("Opts the member in to a challenge; without an Idempotency-Key the join itself is the key, so a retry repeats the original answer.");
        own.MapGet("/{challengeId}/leaderboard", (string memberId, string challengeId, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options, int top = 10) =>
                LeaderboardAsync(challengeId, top, memberId, grains, options))
            .WithName("GetOwnLeaderboard")
            .WithSummary("The top of a challenge's leaderboard (top ≤ 100) and the member's own rank.");

        var staff = endpoints.MapGroup("/api/v1/challenges")
            .WithTags("Challenges")
            .RequireAuthorization(LoyaltyPolicies.Marketer);
        staff.MapGet("/", async (IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options) =>
                TypedResults.Ok(await ChallengesOfAsync(grains, options)))
            .WithName("ListChallenges")
            .WithSummary("The challenges of the current program version.");
        staff.MapGet("/{challengeId}/leaderboard", (string challengeId, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options, int top = 10, string? memberId = null) =>
                LeaderboardAsync(challengeId, top, memberId, grains, options))
            .WithName("GetLeaderboard")
            .WithSummary("The top of a challenge's leaderboard (top ≤ 100) and, with memberId, that member's rank.");
        return endpoints;
    }

    private static async Task<IResult> GetOwnAsync(string memberId, IGrainFactory grains) =>
        Ids.IsValid(memberId) && await grains.GetGrain<IMemberGrain>(memberId).GetChallengesAsync() is { } challenges
            ? TypedResults.Ok(challenges)
            : TypedResults.Problem($"No member '{memberId}' is enrolled.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> JoinAsync(string memberId, string challengeId, HttpContext context, IGrainFactory grains)
    {
        if (!Ids.IsValid(challengeId))
        {
            return Validation.Problem("challengeId", $"Must be {Ids.Rule}.");
        }

        var fallback = context.Request.Headers[IdempotencyKeys.Header].Count == 0 ? $"join:{challengeId}" : null;
        if (!IdempotencyKeys.TryResolve(fallback, context.Request, out var key, out var problem))
        {
            return problem;
        }

        var outcome = await grains.GetGrain<IMemberGrain>(memberId).JoinChallengeAsync(new JoinChallenge(key, challengeId));
        return outcome.ToHttp(context);
    }

    private static async Task<IResult> LeaderboardAsync(string challengeId, int top, string? memberId, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options)
    {
        if (LeaderboardReads.Problem(top, memberId) is { } problem)
        {
            return problem;
        }

        var challenges = await ChallengesOfAsync(grains, options);
        return challenges.Any(challenge => challenge.ChallengeId == challengeId && challenge.Leaderboard)
            ? await LeaderboardReads.ReadAsync(challengeId, top, memberId, grains)
            : TypedResults.Problem($"The program has no challenge '{challengeId}' with a leaderboard.", statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<IReadOnlyList<ChallengeDefinition>> ChallengesOfAsync(IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options) =>
        (await grains.GetGrain<IProgramGrain>(options.Value.ProgramId).GetCurrentAsync())?.Challenges ?? [];
}
