using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

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
        var details = badRequest.InnerException is JsonException json
            ? new HttpValidationProblemDetails(JsonErrorFields.From(json)) { Title = "The request body is not valid." }
            : new HttpValidationProblemDetails { Title = TitleFor(badRequest.StatusCode), Detail = badRequest.Message };
        details.Status = badRequest.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = details,
            Exception = exception,
        });
    }

    private static string TitleFor(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
        _ => "The request is not valid.",
    };
}
