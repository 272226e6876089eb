using System.Diagnostics;
using System.Diagnostics.Metrics;
using Loyalty.Runtime.Activations;
using Loyalty.Runtime.Invocation;
using Microsoft.Extensions.Logging;

namespace Loyalty.Runtime.Telemetry;

/// <summary>The runtime's spans, metrics and log events, in one place.</summary>
internal sealed partial class RuntimeTelemetry : IDisposable
{
    private static readonly ActivitySource Source = new(LoyaltyRuntimeTelemetry.ActivitySourceName);
    private readonly Meter _meter;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _timedOut;
    private readonly Counter<long> _created;
    private readonly Counter<long> _destroyed;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _longTurns;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly TimeSpan _turnWarningThreshold;

    public RuntimeTelemetry(IMeterFactory meterFactory, ILogger logger, TimeProvider time, TimeSpan turnWarningThreshold, Func<int> activationCount)
    {
        _meter = meterFactory.Create(LoyaltyRuntimeTelemetry.MeterName);
        _requestDuration = _meter.CreateHistogram<double>(LoyaltyRuntimeTelemetry.RequestDuration, "ms", "Grain call latency");
        _timedOut = _meter.CreateCounter<long>(LoyaltyRuntimeTelemetry.RequestsTimedOut, description: "Grain calls that timed out");
        _created = _meter.CreateCounter<long>(LoyaltyRuntimeTelemetry.ActivationsCreated, description: "Activations created");
        _destroyed = _meter.CreateCounter<long>(LoyaltyRuntimeTelemetry.ActivationsDestroyed, description: "Activations destroyed");
        _failed = _meter.CreateCounter<long>(LoyaltyRuntimeTelemetry.ActivationsFailed, description: "Activations that failed to activate");
        _longTurns = _meter.CreateCounter<long>(LoyaltyRuntimeTelemetry.LongRunningTurns, description: "Turns longer than the warning threshold");
        _meter.CreateObservableGauge(LoyaltyRuntimeTelemetry.Activations, activationCount, description: "Live activations");
        _logger = logger;
        _time = time;
        _turnWarningThreshold = turnWarningThreshold;
    }

    /// <summary>Starts the span of a call, a child of the caller's current span; null when nobody listens.</summary>
    public static Activity? StartCall(GrainMethod method, GrainId target)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity(method.SpanName, ActivityKind.Internal);
        activity?.SetTag("rpc.system", "loyalty");
        activity?.SetTag("rpc.service", method.InterfaceName);
        activity?.SetTag("rpc.method", method.MethodName);
        activity?.SetTag("loyalty.grain_id", target.ToString());
        return activity;
    }

    public void RequestCompleted(IGrainRequest request)
    {
        if (request.StartedAt != 0 && _requestDuration.Enabled)
        {
            _requestDuration.Record(_time.GetElapsedTime(request.StartedAt).TotalMilliseconds);
        }

        if (request.Activity is { } activity)
        {
            if (request.Fault is { } fault)
            {
                activity.SetStatus(ActivityStatusCode.Error, fault.Message);
                activity.SetTag("exception.type", fault.GetType().FullName);
            }

            activity.Dispose();
        }
    }

    public void RequestTimedOut(IGrainRequest request)
    {
        _timedOut.Add(1);
        LogTimedOut(request.Method.ToString());
    }

    public void RecordTurn(ActivationData activation, TimeSpan length)
    {
        if (length > _turnWarningThreshold)
        {
            _longTurns.Add(1);
            LogLongTurn(activation.GrainId.ToString(), length.TotalMilliseconds);
        }
    }

    public void ActivationCreated(ActivationData activation) => _created.Add(1);

    public void ActivationDestroyed(ActivationData activation) => _destroyed.Add(1);

    public void ActivationFailed(ActivationData activation, Exception exception)
    {
        _failed.Add(1);
        LogActivationFailed(exception, activation.GrainId.ToString());
    }

    public void DeactivationFailed(ActivationData activation, Exception exception) =>
        LogDeactivationFailed(exception, activation.GrainId.ToString());

    public void AbandonedWorkFailed(ActivationData activation, Exception exception) =>
        LogAbandonedWorkFailed(exception, activation.GrainId.ToString());

    public void TimerTickFailed(ActivationData activation, Exception exception) =>
        LogTimerFailed(exception, activation.GrainId.ToString());

    public void UnhandledGrainException(ActivationData activation, Exception exception) =>
        LogUnhandled(exception, activation.GrainId.ToString());

    public void OneWayCallFailed(GrainMethod method, Exception exception) => LogOneWayFailed(exception, method.ToString());

    public void Dispose() => _meter.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain call {Method} timed out")]
    private partial void LogTimedOut(string method);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A turn of {GrainId} ran {Milliseconds:F0} ms without yielding")]
    private partial void LogLongTurn(string grainId, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Activating {GrainId} failed")]
    private partial void LogActivationFailed(Exception exception, string grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OnDeactivateAsync of {GrainId} failed")]
    private partial void LogDeactivationFailed(Exception exception, string grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work of {GrainId} abandoned at its activation or deactivation deadline failed later")]
    private partial void LogAbandonedWorkFailed(Exception exception, string grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A timer tick of {GrainId} failed")]
    private partial void LogTimerFailed(Exception exception, string grainId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception in a continuation of {GrainId}")]
    private partial void LogUnhandled(Exception exception, string grainId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "One-way call {Method} failed")]
    private partial void LogOneWayFailed(Exception exception, string method);
}
