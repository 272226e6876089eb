using Loyalty.Domain.Members;
using Loyalty.Grains.Members;

namespace Loyalty.Silo.Apis;

/// <summary>
/// Turns a member command's outcome into the HTTP answer: the result (a replay repeats the original
/// status and says so in <c>Idempotent-Replayed</c>), or a problem document naming the field.
/// </summary>
internal static class MemberOutcomes
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public static IResult ToHttp(this MemberOutcome outcome, HttpContext context, int successStatus = StatusCodes.Status200OK)
    {
        if (outcome.Rejection is { } rejection)
        {
            return Problem(rejection);
        }

        if (outcome.Replayed)
        {
            context.Response.Headers[ReplayedHeader] = "true";
        }

        return Results.Json(outcome.Result, statusCode: successStatus);
    }

    private static IResult Problem(Rejection rejection)
    {
        var status = StatusOf(rejection.Code);
        var errors = JsonPath(rejection.Field) is { } field ? new Dictionary<string, string[]> { [field] = [rejection.Message] } : null;
        return errors is null
            ? Results.Problem(rejection.Message, statusCode: status, title: rejection.Code.ToString(), extensions: Code(rejection))
            : Results.ValidationProblem(errors, rejection.Message, statusCode: status, title: rejection.Code.ToString(), extensions: Code(rejection));
    }

    /// <summary>The HTTP status of a refusal.</summary>
    public static int StatusOf(RejectionCode code) => code switch
    {
        RejectionCode.NotEnrolled or RejectionCode.UnknownHold or RejectionCode.UnknownPurchase or RejectionCode.UnknownChallenge => StatusCodes.Status404NotFound,
        RejectionCode.AlreadyEnrolled or RejectionCode.IdempotencyConflict or RejectionCode.HoldExpired or RejectionCode.AlreadyJoined => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static Dictionary<string, object?> Code(Rejection rejection) => new() { ["code"] = rejection.Code.ToString() };

    /// <summary>
    /// The JSON path of a domain field: the domain names fields of its command ("purchase.lines[2].amount"),
    /// while the API body is the purchase itself.
    /// </summary>
    public static string? JsonPath(string? field) => field is null
        ? null
        : "$." + (field.StartsWith("purchase.", StringComparison.Ordinal) ? field["purchase.".Length..] : field);
}
