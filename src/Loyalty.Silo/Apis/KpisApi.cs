using Loyalty.Silo.Kpis;
using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;

namespace Loyalty.Silo.Apis;

/// <summary>Marketers read the program's key figures, computed from the durable journal.</summary>
public static class KpisApi
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(365);
    private static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(5 * 366);

    /// <summary>Maps <c>/api/v1/program/kpis</c>.</summary>
    public static IEndpointRouteBuilder MapKpisApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/program/kpis", GetAsync)
            .WithTags("Program")
            .RequireAuthorization(LoyaltyPolicies.Marketer)
            .WithName("GetProgramKpis")
            .WithSummary("Members, active members, frequency, average check, LTV, points liability, redemption rate, breakage and campaign cost for [from, to); 501 without PostgreSQL.");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(DateTimeOffset? from, DateTimeOffset? to, IServiceProvider services, TimeProvider time, CancellationToken cancellationToken)
    {
        var end = to ?? time.GetUtcNow();
        var start = from ?? end - DefaultPeriod;
        if (start >= end)
        {
            return Validation.Problem("from", "Must be before 'to'.");
        }

        if (end - start > LongestPeriod)
        {
            return Validation.Problem("from", "A period may span at most five years.");
        }

        if (services.GetService<IProgramKpis>() is not { } kpis)
        {
            return Results.Problem(
                "Program KPIs are computed with SQL over the PostgreSQL journal; this silo runs on the in-memory default. Configure ConnectionStrings:Loyalty.",
                statusCode: StatusCodes.Status501NotImplemented,
                title: "KPIs need PostgreSQL.");
        }

        return TypedResults.Ok(await kpis.ComputeAsync(start, end, cancellationToken));
    }
}
