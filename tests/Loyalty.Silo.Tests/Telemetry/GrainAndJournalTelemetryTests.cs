using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Loyalty.Grains.Telemetry;
using Loyalty.Runtime.Postgres;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Apis;
using Loyalty.Silo.Tests.Infrastructure;
using Loyalty.Testing.Postgres;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Telemetry;

public sealed class GrainAndJournalTelemetryTests(GrainAndJournalTelemetryTests.Database database) : IClassFixture<GrainAndJournalTelemetryTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task A_purchase_on_postgresql_records_evaluation_time_and_its_trace_reaches_the_journal_commit()
    {
        var spans = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Microsoft.AspNetCore" or "Loyalty.Silo" or "Loyalty.Runtime" or PostgresTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = spans.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var measured = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == GrainsTelemetry.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((instrument, value, _, _) => measured.GetOrAdd(instrument.Name, _ => []).Add(value));
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.GetOrAdd(instrument.Name, _ => []).Add(value));
        meters.Start();
        await using var silo = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString));
        var till = await LoyaltyClient.CreateAsync(silo);
        await till.EnrollAsync("tel-ada");
        var marketer = silo.Services.Token(LoyaltyRoles.Marketer, "mia");
        using var define = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/campaigns/tel-bonus", UriKind.Relative))
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { name = "Tel", startsAt = LoyaltyClient.Now.AddMinutes(-1), endsAt = LoyaltyClient.Now.AddHours(1), effect = new { fixedBonus = 5 }, budget = 1_000 }),
        };
        using var defined = await till.Http.SendAsync(define.WithBearer(marketer), TestContext.Current.CancellationToken);
        using var launch = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/campaigns/tel-bonus/launch", UriKind.Relative));
        using var launched = await till.Http.SendAsync(launch.WithBearer(marketer), TestContext.Current.CancellationToken);

        using var response = await till.PostAsync("/api/v1/members/tel-ada/purchases", LoyaltyClient.Purchase("tel-1", 10m));

        // The listeners are process-wide: other tests' purchases are in the bag too.
        bool IsGrainCall(Activity s) => s.OperationName.EndsWith("IMemberGrain/PurchaseAsync", StringComparison.Ordinal)
                                       && (string?)s.GetTagItem("loyalty.grain_id") == "member/tel-ada";
        await Eventually.WaitAsync(() => spans.FirstOrDefault(IsGrainCall) is { } call
                                         && spans.Any(s => s.OperationName == PostgresTelemetry.JournalCommitSpan && s.Links.Any(l => l.Context.TraceId == call.TraceId)));
        var grainCall = Assert.Single(spans, IsGrainCall);
        var append = Assert.Single(spans, s => s.OperationName == PostgresTelemetry.JournalAppendSpan && s.ParentSpanId == grainCall.SpanId);
        var commit = Assert.Single(spans, s => s.OperationName == PostgresTelemetry.JournalCommitSpan && s.Links.Any(l => l.Context.SpanId == append.SpanId));
        Assert.Equal(grainCall.TraceId, append.TraceId);
        Assert.Equal(default, commit.ParentSpanId);
        Assert.Equal("postgresql", commit.GetTagItem("db.system"));
        Assert.Contains(measured[GrainsTelemetry.PurchaseEvaluationDuration], seconds => seconds is > 0 and < 5);
        Assert.Contains(1d, measured[GrainsTelemetry.MembersActive]);
        Assert.Contains(measured[GrainsTelemetry.CampaignBudgetRemaining], left => left is >= 995 and <= 1_000);
    }
}
