using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Problems;

/// <summary>
/// Rejects a body whose declared length is over the limit with 413 before reading a byte, and caps
/// the server's body-size feature so a chunked body is cut off at the same limit while it is read.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> limits, IProblemDetailsService problems)
{
    private readonly long _maxBytes = limits.Value.MaxRequestBodyBytes;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > _maxBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request body is too large.",
                    Detail = $"Bodies are limited to {_maxBytes} bytes.",
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = _maxBytes;
        }

        await next(context);
    }
}
