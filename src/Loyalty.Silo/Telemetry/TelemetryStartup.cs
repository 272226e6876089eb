using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Loyalty.Silo.Telemetry;

/// <summary>
/// Resolves the providers when the host starts — singletons are otherwise built lazily, and a provider
/// nobody asked for would listen to nothing. The container disposes them when the host stops.
/// </summary>
internal sealed class TelemetryStartup(TracerProvider tracing, MeterProvider metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(tracing);
        GC.KeepAlive(metrics);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
