namespace Loyalty.Silo.Telemetry;

/// <summary>Metric names of the <see cref="LoyaltyTelemetry.MeterName"/> meter, for dashboards and tests.</summary>
public static class MetricNames
{
    /// <summary>Counter: purchases processed.</summary>
    public const string Purchases = "loyalty.purchases";

    /// <summary>Histogram: purchase evaluation time in seconds.</summary>
    public const string PurchaseEvaluationDuration = "loyalty.purchase.evaluation.duration";

    /// <summary>Gauge: members active in the last 30 days.</summary>
    public const string MembersActive = "loyalty.members.active";

    /// <summary>Gauge: budget left per campaign.</summary>
    public const string CampaignBudgetRemaining = "loyalty.campaign.budget.remaining";

    /// <summary>Counter: requests with an unknown or revoked API key.</summary>
    public const string ApiKeyRejections = "loyalty.api_key.rejections";
}
