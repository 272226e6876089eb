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
        var status = rejection.Code switch
        {
            RejectionCode.NotEnrolled or RejectionCode.UnknownHold or RejectionCode.UnknownPurchase => StatusCodes.Status404NotFound,
            RejectionCode.AlreadyEnrolled or RejectionCode.IdempotencyConflict or RejectionCode.HoldExpired => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        var errors = rejection.Field is null ? null : new Dictionary<string, string[]> { [JsonPath(rejection.Field)] = [rejection.Message] };
        return errors is null
            ? Results.Problem(rejection.Message, statusCode: status, title: rejection.Code.ToString(), extensions: Code(rejection))
            : Results.ValidationProblem(errors, rejection.Message, statusCode: status, title: rejection.Code.ToString(), extensions: Code(rejection));
    }

    private static Dictionary<string, object?> Code(Rejection rejection) => new() { ["code"] = rejection.Code.ToString() };

    // The domain names fields of its command ("purchase.lines[2].amount"); the API body is the purchase itself.
    private static string JsonPath(string field) =>
        "$." + (field.StartsWith("purchase.", StringComparison.Ordinal) ? field["purchase.".Length..] : field);
}
