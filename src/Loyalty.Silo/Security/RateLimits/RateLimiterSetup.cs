using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Security.RateLimits;

/// <summary>
/// One global limiter partitioned by caller — API key id (one per key hash), token subject, or client
/// IP when unauthenticated — answering 429 with <c>Retry-After</c> and a problem document.
/// </summary>
internal sealed class RateLimiterSetup(IOptions<RateLimitOptions> limits) : IConfigureOptions<RateLimiterOptions>
{
    public void Configure(RateLimiterOptions options)
    {
        var settings = limits.Value;
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var (partition, limit) = PartitionOf(context, settings);
            return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
            });
        });
        options.OnRejected = WriteRejectionAsync;
    }

    private static (string Partition, WindowLimit Limit) PartitionOf(HttpContext context, RateLimitOptions settings)
    {
        var caller = context.User;
        if (caller.FindFirst(LoyaltyClaims.KeyId)?.Value is { } keyId)
        {
            return ("key:" + keyId, settings.ApiKey);
        }

        if (caller.Identity?.IsAuthenticated == true && caller.FindFirst(LoyaltyClaims.Subject)?.Value is { } subject)
        {
            return ("sub:" + subject, settings.Token);
        }

        return ("ip:" + context.Connection.RemoteIpAddress, settings.Anonymous);
    }

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = "This caller's request limit is used up; retry after the number of seconds in Retry-After.",
            },
        });
    }
}
