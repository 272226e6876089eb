namespace Loyalty.Runtime;

/// <summary>Names of the runtime's telemetry sources and instruments, for listeners and exporters.</summary>
public static class LoyaltyRuntimeTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: a span per grain call.</summary>
    public const string ActivitySourceName = "Loyalty.Runtime";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "Loyalty.Runtime";

    /// <summary>Histogram of grain call latency in milliseconds (Orleans: orleans-app-requests-latency).</summary>
    public const string RequestDuration = "loyalty.runtime.request.duration";

    /// <summary>Counter of calls that got no response within their timeout (Orleans: orleans-app-requests-timedout).</summary>
    public const string RequestsTimedOut = "loyalty.runtime.request.timed_out";

    /// <summary>Gauge of live activations (Orleans: orleans-catalog-activations).</summary>
    public const string Activations = "loyalty.runtime.activation.count";

    /// <summary>Counter of activations created.</summary>
    public const string ActivationsCreated = "loyalty.runtime.activation.created";

    /// <summary>Counter of activations destroyed.</summary>
    public const string ActivationsDestroyed = "loyalty.runtime.activation.destroyed";

    /// <summary>Counter of activations whose activation failed.</summary>
    public const string ActivationsFailed = "loyalty.runtime.activation.failed";

    /// <summary>Counter of turns longer than the warning threshold (Orleans: orleans-scheduler-long-running-turns).</summary>
    public const string LongRunningTurns = "loyalty.runtime.scheduler.long_running_turns";

    /// <summary>Histogram of grain storage read latency in milliseconds.</summary>
    public const string StorageReadDuration = "loyalty.runtime.storage.read.duration";

    /// <summary>Histogram of grain storage write latency in milliseconds.</summary>
    public const string StorageWriteDuration = "loyalty.runtime.storage.write.duration";

    /// <summary>Counter of failed storage operations.</summary>
    public const string StorageErrors = "loyalty.runtime.storage.errors";
}
