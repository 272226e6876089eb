using Loyalty.Grains.Telemetry;
using Loyalty.Runtime;
using Loyalty.Runtime.Postgres;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Loyalty.Silo.Telemetry;

/// <summary>
/// OpenTelemetry without the hosting package (not served here): tracer and meter providers built
/// with the SDK builders as container singletons, so the host disposes (and flushes) them on stop.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The standard variable that switches OTLP export on.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Sources and meters the silo collects: ASP.NET Core, the silo, the runtime and its PostgreSQL providers.</summary>
    public static readonly string[] Sources =
        ["Microsoft.AspNetCore", LoyaltyTelemetry.ActivitySourceName, LoyaltyRuntimeTelemetry.ActivitySourceName, PostgresTelemetry.ActivitySourceName];

    /// <summary>Meters the silo collects.</summary>
    public static readonly string[] Meters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", LoyaltyTelemetry.MeterName,
        LoyaltyRuntimeTelemetry.MeterName, PostgresTelemetry.MeterName, GrainsTelemetry.MeterName,
    ];

    /// <summary>Registers the providers; OTLP export is on only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.</summary>
    public static WebApplicationBuilder AddLoyaltyTelemetry(this WebApplicationBuilder builder)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);
        var resource = ResourceBuilder.CreateDefault().AddService("loyalty-silo");
        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource).AddSource(Sources);
            return (exportOtlp ? tracing.AddOtlpExporter() : tracing).Build();
        });
        builder.Services.AddSingleton(_ =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Meters);
            return (exportOtlp ? metrics.AddOtlpExporter() : metrics).Build();
        });
        builder.Services.AddHostedService<TelemetryStartup>();
        return builder;
    }
}
