using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Loyalty.Silo.Problems;

/// <summary>
/// Answers binding failures (<see cref="BadHttpRequestException"/>: malformed JSON, wrong types,
/// missing fields, oversized bodies) with their own 4xx status and a problem document naming the field.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        ProblemDetails details = badRequest.InnerException is JsonException json
            ? new HttpValidationProblemDetails(JsonErrorFields.From(json)) { Title = "The request body is not valid." }
            : BodyIsMissing(httpContext.Request) && badRequest.StatusCode == StatusCodes.Status400BadRequest
                ? new HttpValidationProblemDetails(MissingBody) { Title = "The request body is missing." }
                : new ProblemDetails { Title = TitleFor(badRequest.StatusCode), Detail = badRequest.Message };
        details.Status = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = details,
            Exception = exception,
        });
    }

    private static readonly Dictionary<string, string[]> MissingBody = new() { ["$"] = ["A JSON request body is required."] };

    private static bool BodyIsMissing(HttpRequest request) =>
        request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0);

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
        _ => "The request is not valid.",
    };
}
