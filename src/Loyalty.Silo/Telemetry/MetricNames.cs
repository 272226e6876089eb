namespace Loyalty.Silo.Telemetry;

/// <summary>
/// Metric names of the <see cref="LoyaltyTelemetry.MeterName"/> meter, for dashboards and tests. Evaluation
/// latency, active members and campaign budgets are measured inside the grains (<c>GrainsTelemetry</c>).
/// </summary>
public static class MetricNames
{
    /// <summary>Counter: purchases processed.</summary>
    public const string Purchases = "loyalty.purchases";

    /// <summary>Counter: requests with an unknown or revoked API key.</summary>
    public const string ApiKeyRejections = "loyalty.api_key.rejections";
}
