using Loyalty.Domain.Programs;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Programs;
using Loyalty.Runtime;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Apis;

/// <summary>Marketers read the program and publish new versions; a version applies to purchases after it is published.</summary>
public static class ProgramApi
{
    /// <summary>Maps <c>/api/v1/program</c>.</summary>
    public static IEndpointRouteBuilder MapProgramApi(this IEndpointRouteBuilder endpoints)
    {
        var program = endpoints.MapGroup("/api/v1/program").WithTags("Program").RequireAuthorization(LoyaltyPolicies.Marketer);
        program.MapGet("/", async (IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options) =>
                await Program(grains, options).GetCurrentAsync() is { } current ? Results.Ok(current) : NoProgram())
            .WithName("GetProgram")
            .WithSummary("The current program definition.");
        program.MapGet("/versions", async (IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options) =>
                TypedResults.Ok(await Program(grains, options).ListVersionsAsync()))
            .WithName("ListProgramVersions")
            .WithSummary("Every published version and when it was published.");
        program.MapGet("/versions/{version:int}", async (int version, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options) =>
                await Program(grains, options).GetVersionAsync(version) is { } found ? Results.Ok(found) : NoProgram())
            .WithName("GetProgramVersion")
            .WithSummary("One published version.");
        program.MapPut("/", PublishAsync)
            .WithName("PublishProgram")
            .WithSummary("Validates a definition and publishes it as the next version; 422 names every bad field.");
        return endpoints;
    }

    private static async Task<IResult> PublishAsync(ProgramDefinition definition, IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options)
    {
        var change = await Program(grains, options).PublishAsync(definition);
        if (change.Accepted)
        {
            return Results.Ok(change.Published);
        }

        return Validation.Unprocessable(change.Errors, "The program definition is invalid.");
    }

    private static IProgramGrain Program(IGrainFactory grains, IOptions<LoyaltyGrainsOptions> options) =>
        grains.GetGrain<IProgramGrain>(options.Value.ProgramId);

    private static IResult NoProgram() => Results.Problem("No such program version.", statusCode: StatusCodes.Status404NotFound);
}
