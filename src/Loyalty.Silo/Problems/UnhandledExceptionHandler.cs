using Microsoft.AspNetCore.Diagnostics;

namespace Loyalty.Silo.Problems;

/// <summary>
/// The last resort: logs the failure and answers 500 with a generic problem document and the trace
/// id — never the exception's message or stack, which may hold internals or personal data.
/// </summary>
internal sealed partial class UnhandledExceptionHandler(
    IProblemDetailsService problems,
    ILogger<UnhandledExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer and nothing went wrong on our side.
            return true;
        }

        // The route pattern, not the path: paths carry member ids.
        LogUnhandled(exception, httpContext.GetEndpoint()?.DisplayName ?? "(no endpoint)");
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = "The failure was logged; quote the traceId when reporting it.",
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in {Endpoint}")]
    private partial void LogUnhandled(Exception exception, string endpoint);
}
