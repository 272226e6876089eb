using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Loyalty.Runtime.Tests.Grains;

namespace Loyalty.Runtime.Tests;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Each_grain_call_gets_a_span_that_is_a_child_of_the_callers_span()
    {
        var spans = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is LoyaltyRuntimeTelemetry.ActivitySourceName or "test",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var testSource = new ActivitySource("test");
        await using var cluster = await Silo.StartAsync();

        using (var parent = testSource.StartActivity("http request"))
        {
            await cluster.GrainFactory.GetGrain<ILifecycleGrain>("traced").EchoAsync();
            // Other test classes call the same method at the same time: pick the span of this trace, and it must be one.
            var span = Assert.Single(spans, s => s.OperationName.EndsWith("ILifecycleGrain/EchoAsync", StringComparison.Ordinal) && s.TraceId == parent!.TraceId);
            Assert.Equal(parent!.SpanId, span.ParentSpanId);
            Assert.Equal("traced", ((string?)span.GetTagItem("loyalty.grain_id"))?.Split('/')[1]);
        }
    }

    [Fact]
    public async Task Request_latency_and_activations_are_measured()
    {
        var measured = new ConcurrentDictionary<string, int>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LoyaltyRuntimeTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((i, _, _, _) => measured.AddOrUpdate(i.Name, 1, (_, n) => n + 1));
        listener.SetMeasurementEventCallback<long>((i, _, _, _) => measured.AddOrUpdate(i.Name, 1, (_, n) => n + 1));
        listener.SetMeasurementEventCallback<int>((i, _, _, _) => measured.AddOrUpdate(i.Name, 1, (_, n) => n + 1));
        listener.Start();
        await using var cluster = await Silo.StartAsync();

        await cluster.GrainFactory.GetGrain<IStatefulGrain>("measured").AddAsync(1);
        listener.RecordObservableInstruments();

        Assert.True(measured.GetValueOrDefault(LoyaltyRuntimeTelemetry.RequestDuration) >= 1);
        Assert.True(measured.GetValueOrDefault(LoyaltyRuntimeTelemetry.ActivationsCreated) >= 1);
        Assert.True(measured.GetValueOrDefault(LoyaltyRuntimeTelemetry.StorageWriteDuration) >= 1);
        Assert.True(measured.GetValueOrDefault(LoyaltyRuntimeTelemetry.Activations) >= 1);
    }
}
