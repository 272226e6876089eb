using System.Diagnostics;
using System.Security.Claims;
using Loyalty.Grains.Members;
using Loyalty.Silo.Security;
using Loyalty.Silo.Telemetry;

namespace Loyalty.Silo.Apis;

/// <summary>Counts purchases by chain and outcome and marks the ingest span; never tags member ids.</summary>
internal static class PurchaseMetrics
{
    public static void Record(ClaimsPrincipal caller, MemberOutcome outcome, Activity? span)
    {
        var result = outcome.IsRejected ? "rejected" : outcome.Replayed ? "replayed" : "applied";
        var chain = caller.ChainId() ?? "none";
        LoyaltyTelemetry.Purchases.Add(1, new KeyValuePair<string, object?>("loyalty.chain", chain), new KeyValuePair<string, object?>("loyalty.outcome", result));
        span?.SetTag("loyalty.chain", chain);
        span?.SetTag("loyalty.outcome", result);
        if (outcome.Rejection is { } rejection)
        {
            span?.SetTag("loyalty.rejection", rejection.Code.ToString());
        }
    }
}
