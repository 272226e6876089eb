using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Loyalty.Silo.Telemetry;

/// <summary>
/// The silo's telemetry names and the instruments other code records into. Instruments are static,
/// like an <see cref="ActivitySource"/>: listeners and exporters subscribe by name, whatever the host.
/// </summary>
public static class LoyaltyTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> name for spans the silo starts (ingest, evaluation).</summary>
    public const string ActivitySourceName = "Loyalty.Silo";

    /// <summary>The <see cref="Meter"/> name for the silo's business metrics.</summary>
    public const string MeterName = "Loyalty.Silo";

    /// <summary>The activity source the silo's own spans come from.</summary>
    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Counter of purchases processed; tag <c>loyalty.chain</c> and <c>loyalty.outcome</c> (applied, replayed, rejected). Rate = purchases/s.</summary>
    public static readonly Counter<long> Purchases = Meter.CreateCounter<long>(
        MetricNames.Purchases, "{purchase}", "Purchases processed.");

    /// <summary>Counter of rejected API keys, tagged <c>reason</c> (unknown, revoked). Never tagged with the key.</summary>
    public static readonly Counter<long> ApiKeyRejections = Meter.CreateCounter<long>(
        MetricNames.ApiKeyRejections, "{request}", "Requests whose API key was unknown or revoked.");
}
