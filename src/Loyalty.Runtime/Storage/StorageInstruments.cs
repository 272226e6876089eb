using System.Diagnostics.Metrics;

namespace Loyalty.Runtime.Storage;

/// <summary>The grain storage instruments (Orleans: orleans-storage-{read,write}-latency and -errors).</summary>
internal sealed class StorageInstruments
{
    public StorageInstruments(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(LoyaltyRuntimeTelemetry.MeterName);
        ReadDuration = meter.CreateHistogram<double>(LoyaltyRuntimeTelemetry.StorageReadDuration, "ms", "Grain state read latency");
        WriteDuration = meter.CreateHistogram<double>(LoyaltyRuntimeTelemetry.StorageWriteDuration, "ms", "Grain state write latency");
        Errors = meter.CreateCounter<long>(LoyaltyRuntimeTelemetry.StorageErrors, description: "Failed grain storage operations");
    }

    public Histogram<double> ReadDuration { get; }

    public Histogram<double> WriteDuration { get; }

    public Counter<long> Errors { get; }
}
