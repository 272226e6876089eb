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
        using var recorder = new SpanRecorder("Microsoft.AspNetCore", "Loyalty.Silo", "Loyalty.Runtime", PostgresTelemetry.ActivitySourceName);
        var spans = recorder.Spans;
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
        await till.LaunchBonusCampaignAsync(marketer, "tel-bonus", "Tel", fixedBonus: 5);

        using var response = await till.PostAsync("/api/v1/members/tel-ada/purchases", LoyaltyClient.Purchase("tel-1", 10m));

        bool IsGrainCall(Activity s) => SpanRecorder.IsMemberGrainCall(s, "tel-ada");
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
