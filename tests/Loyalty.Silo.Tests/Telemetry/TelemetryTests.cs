using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Telemetry;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace Loyalty.Silo.Tests.Telemetry;

public sealed class TelemetryTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task The_tracer_provider_records_the_aspnetcore_request_span_in_the_callers_trace()
    {
        var collected = new CollectingProcessor();
        factory.Services.GetRequiredService<TracerProvider>().AddProcessor(collected);
        var traceId = ActivityTraceId.CreateRandom();
        using var client = factory.CreateClient();
        using var request = Credentials.Get("/health/live");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        await Eventually.WaitAsync(() => collected.Ended.Any(activity => activity.TraceId == traceId));

        var span = Assert.Single(collected.Ended, activity => activity.TraceId == traceId);
        Assert.Equal("Microsoft.AspNetCore", span.Source.Name);
        Assert.Equal("Microsoft.AspNetCore.Hosting.HttpRequestIn", span.OperationName);
        Assert.Equal(ActivityKind.Server, span.Kind);
    }

    [Fact]
    public async Task A_rejected_api_key_is_counted_by_reason_on_the_silo_meter()
    {
        var reasons = new ConcurrentBag<string?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LoyaltyTelemetry.MeterName && instrument.Name == MetricNames.ApiKeyRejections)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
            {
                reasons.Add(tag.Value?.ToString());
            }
        });
        listener.Start();
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Credentials.Get("/api/v1/me").WithApiKey(ApiKeySecret.Generate()), TestContext.Current.CancellationToken);

        Assert.Contains("unknown", reasons);
    }

    private sealed class CollectingProcessor : BaseProcessor<Activity>
    {
        public ConcurrentQueue<Activity> Ended { get; } = new();

        public override void OnEnd(Activity data) => Ended.Enqueue(data);
    }
}
