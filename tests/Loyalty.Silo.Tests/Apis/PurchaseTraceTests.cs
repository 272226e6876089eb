using System.Diagnostics;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class PurchaseTraceTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_purchase_is_one_trace_from_the_http_request_through_ingest_to_the_member_grain_call()
    {
        using var recorder = new SpanRecorder("Microsoft.AspNetCore", "Loyalty.Silo", "Loyalty.Runtime");
        var spans = recorder.Spans;
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("trace-ada");

        using var response = await till.PostAsync("/api/v1/members/trace-ada/purchases", LoyaltyClient.Purchase("t-1", 10m));
        bool IsGrainCall(Activity s) => SpanRecorder.IsMemberGrainCall(s, "trace-ada");
        await Eventually.WaitAsync(() => spans.FirstOrDefault(IsGrainCall) is { } call
                                         && spans.Any(s => s.Source.Name == "Microsoft.AspNetCore" && s.TraceId == call.TraceId));

        var grainCall = Assert.Single(spans, IsGrainCall);
        var ingest = Assert.Single(spans, s => s.SpanId == grainCall.ParentSpanId);
        var http = Assert.Single(spans, s => s.SpanId == ingest.ParentSpanId);
        Assert.Equal("purchase.ingest", ingest.OperationName);
        Assert.Equal("applied", ingest.GetTagItem("loyalty.outcome"));
        Assert.Equal("Microsoft.AspNetCore", http.Source.Name);
        Assert.All(new[] { ingest, http }, s => Assert.Equal(grainCall.TraceId, s.TraceId));
    }
}
