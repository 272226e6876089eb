using System.Diagnostics.Metrics;
using Loyalty.Runtime.Activations;
using Loyalty.Runtime.Hosting;
using Microsoft.Extensions.Logging;

namespace Loyalty.Runtime.Telemetry;

/// <summary>Builds the silo's <see cref="RuntimeTelemetry"/> from the host's meter factory and logging.</summary>
internal sealed class RuntimeTelemetryFactory(IMeterFactory meterFactory, ILoggerFactory loggerFactory, TimeProvider timeProvider, SiloOptions options)
{
    public RuntimeTelemetry Create(Func<int> activationCount) =>
        new(meterFactory, loggerFactory.CreateLogger<SiloRuntime>(), timeProvider, options.TurnWarningThreshold, activationCount);
}
