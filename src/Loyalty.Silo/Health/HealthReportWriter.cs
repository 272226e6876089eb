using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Loyalty.Silo.Health;

/// <summary>Writes a readiness report as JSON: overall status and each check's status and description — no exception text.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        });
}
