using System.Text.RegularExpressions;
using Loyalty.Grains.Campaigns;
using Loyalty.Runtime;
using Loyalty.Silo.Apis.Contracts;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Silo.Apis;

/// <summary>
/// Marketers define, schedule, launch and stop flash campaigns and watch their live stats. A launch or stop
/// takes effect for every purchase processed after the response (see docs/campaigns.md).
/// </summary>
public static partial class CampaignsApi
{
    // Campaigns run for hours or days; a year bounds typos such as a wrong century without limiting real use.
    private static readonly TimeSpan LongestCampaign = TimeSpan.FromDays(366);
    private static readonly TimeSpan FurthestStart = TimeSpan.FromDays(2 * 366);

    // Far above any real campaign, far below where sums of awarded points could overflow.
    private const long LargestBudget = 1_000_000_000_000;

    /// <summary>Maps <c>/api/v1/campaigns</c>.</summary>
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder endpoints)
    {
        var campaigns = endpoints.MapGroup("/api/v1/campaigns").WithTags("Campaigns").RequireAuthorization(LoyaltyPolicies.Marketer);
        campaigns.MapGet("/", ListAsync)
            .WithName("ListCampaigns")
            .WithSummary("Every defined campaign with its phase and live stats.");
        campaigns.MapPut("/{campaignId}", DefineAsync)
            .WithName("DefineCampaign")
            .WithSummary("Creates or changes a draft or scheduled campaign; 422 names every bad field, 409 when it is live or over.");
        campaigns.MapGet("/{campaignId}", GetAsync)
            .WithName("GetCampaign")
            .WithSummary("A campaign's phase and live stats: points awarded, budget left, participants, purchases and their spend.");
        campaigns.MapPost("/{campaignId}/schedule", (string campaignId, IGrainFactory grains) =>
                ChangeAsync(campaignId, grains, campaign => campaign.ScheduleAsync()))
            .WithName("ScheduleCampaign")
            .WithSummary("Schedules a draft: durable reminders start it at startsAt and end it at endsAt.");
        campaigns.MapPost("/{campaignId}/launch", (string campaignId, IGrainFactory grains) =>
                ChangeAsync(campaignId, grains, campaign => campaign.LaunchAsync()))
            .WithName("LaunchCampaign")
            .WithSummary("Starts a draft or scheduled campaign now; it still ends at endsAt.");
        campaigns.MapPost("/{campaignId}/stop", (string campaignId, IGrainFactory grains) =>
                ChangeAsync(campaignId, grains, campaign => campaign.StopAsync()))
            .WithName("StopCampaign")
            .WithSummary("Stops a campaign now; stopping a stopped or ended campaign is a no-op.");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(IGrainFactory grains)
    {
        var ids = await grains.GetGrain<ICampaignRegistryGrain>(CampaignRegistryGrain.Key).ListAsync();
        var statuses = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICampaignGrain>(id).GetStatusAsync()));
        return TypedResults.Ok(statuses.OfType<CampaignStatus>().ToArray());
    }

    private static async Task<IResult> DefineAsync(string campaignId, CampaignRequest request, IGrainFactory grains, TimeProvider time)
    {
        if (InvalidId(campaignId) is { } badId)
        {
            return badId;
        }

        if (OutOfRange(request, time.GetUtcNow()) is { } outOfRange)
        {
            return outOfRange;
        }

        return await PhaseConflictAsProblem(async () =>
        {
            var change = await grains.GetGrain<ICampaignGrain>(campaignId).DefineAsync(request.ToDefinition());
            if (change.Status is { } status)
            {
                return TypedResults.Ok(status);
            }

            return Validation.Unprocessable(change.Errors, "The campaign definition is invalid.");
        });
    }

    private static async Task<IResult> GetAsync(string campaignId, IGrainFactory grains)
    {
        if (InvalidId(campaignId) is { } badId)
        {
            return badId;
        }

        return await grains.GetGrain<ICampaignGrain>(campaignId).GetStatusAsync() is { } status ? TypedResults.Ok(status) : NotFound(campaignId);
    }

    private static async Task<IResult> ChangeAsync(string campaignId, IGrainFactory grains, Func<ICampaignGrain, Task<CampaignStatus>> change)
    {
        if (InvalidId(campaignId) is { } badId)
        {
            return badId;
        }

        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);

        // A definition is never removed, so one seen here is still there when the change runs.
        if (await campaign.GetStatusAsync() is null)
        {
            return NotFound(campaignId);
        }

        return await PhaseConflictAsProblem(async () => TypedResults.Ok(await change(campaign)));
    }

    private static async Task<IResult> PhaseConflictAsProblem(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (CampaignPhaseException conflict)
        {
            return Results.Problem(conflict.Message, statusCode: StatusCodes.Status409Conflict, title: "The campaign's phase does not allow this.");
        }
    }

    private static ValidationProblem? InvalidId(string campaignId) =>
        CampaignIdPattern().IsMatch(campaignId)
            ? null
            : Validation.Problem("campaignId", "Use 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit.");

    private static ValidationProblem? OutOfRange(CampaignRequest request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Budget > LargestBudget)
        {
            errors[Validation.Field("budget")] = [$"Must be at most {LargestBudget}."];
        }

        if (request.StartsAt > now + FurthestStart)
        {
            errors[Validation.Field("startsAt")] = ["Must be within two years from now."];
        }

        if (request.EndsAt - request.StartsAt > LongestCampaign)
        {
            errors[Validation.Field("endsAt")] = ["A campaign may run at most 366 days."];
        }

        if (request.Effect.Multiplier is > 100m || request.Effect.Multiplier?.Scale > 4)
        {
            errors[Validation.Field("effect.multiplier")] = ["Must be at most 100 with at most 4 decimals."];
        }

        return errors.Count == 0 ? null : Validation.Problem(errors);
    }

    private static IResult NotFound(string campaignId) =>
        Results.Problem($"No campaign '{campaignId}' has been defined.", statusCode: StatusCodes.Status404NotFound);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex CampaignIdPattern();
}
