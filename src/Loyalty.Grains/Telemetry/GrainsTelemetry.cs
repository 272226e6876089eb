using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Loyalty.Grains.Telemetry;

/// <summary>
/// Business metrics measured where the work happens: evaluation inside member grains, budgets inside
/// campaign grains. Static instruments, like an <see cref="ActivitySource"/>: exporters subscribe by name.
/// </summary>
public static class GrainsTelemetry
{
    /// <summary>The meter of every instrument below.</summary>
    public const string MeterName = "Loyalty.Grains";

    /// <summary>Histogram (s): deciding a purchase or quote — rules, tiers, challenges, campaigns — without the journal write.</summary>
    public const string PurchaseEvaluationDuration = "loyalty.purchase.evaluation.duration";

    /// <summary>Up-down counter: member grains active (held in memory) on this silo.</summary>
    public const string MembersActive = "loyalty.members.active";

    /// <summary>Gauge: points a campaign has not yet awarded, tagged <c>loyalty.campaign</c>.</summary>
    public const string CampaignBudgetRemaining = "loyalty.campaign.budget.remaining";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<double> EvaluationDuration = Meter.CreateHistogram<double>(
        PurchaseEvaluationDuration, "s", "Time to decide a purchase against the program, campaigns and challenges.");

    internal static readonly UpDownCounter<long> ActiveMembers = Meter.CreateUpDownCounter<long>(
        MembersActive, "{member}", "Member grains active on this silo.");

    internal static readonly Gauge<long> BudgetRemaining = Meter.CreateGauge<long>(
        CampaignBudgetRemaining, "{point}", "Points a campaign has not yet awarded.");
}
