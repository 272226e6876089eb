using System.Diagnostics.Metrics;
using Loyalty.Grains.Campaigns;
using Loyalty.Runtime;
using Loyalty.Silo.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace Loyalty.Silo.Live;

/// <summary>What the marketers' stream shows: this silo's purchase rate and every live campaign's stats.</summary>
/// <param name="At">When gathered.</param>
/// <param name="PurchasesPerSecond">Purchases this silo processed per second since the previous message.</param>
/// <param name="Campaigns">Live campaigns: awarded, budget left, participants, purchases, spend.</param>
public sealed record MarketerStats(DateTimeOffset At, double PurchasesPerSecond, IReadOnlyList<CampaignStatus> Campaigns);

/// <summary>
/// Sends <see cref="MarketerStats"/> to the marketers' stream about once a second while a marketer is connected.
/// The purchase rate is read from the silo's own <c>loyalty.purchases</c> counter, so it counts what the API counts.
/// </summary>
public sealed partial class MarketerStatsFeed(IHubContext<LiveHub> hub, LiveWatchers watchers, IGrainFactory grains, TimeProvider time, ILogger<MarketerStatsFeed> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private long _purchases;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == LoyaltyTelemetry.MeterName && instrument.Name == MetricNames.Purchases)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _purchases, value));
        listener.Start();

        using var timer = new PeriodicTimer(Interval, time);
        var last = time.GetTimestamp();
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var counted = Interlocked.Exchange(ref _purchases, 0);
            var elapsed = time.GetElapsedTime(last);
            last = time.GetTimestamp();
            if (!watchers.MarketersWatch)
            {
                continue;
            }

            try
            {
                var stats = new MarketerStats(time.GetUtcNow(), counted / elapsed.TotalSeconds, await LiveCampaignsAsync());
                await hub.Clients.Group(LiveHub.MarketersGroup).SendAsync(LiveHub.MarketerStatsMethod, stats, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogStatsFailed(error);
            }
        }
    }

    private async Task<IReadOnlyList<CampaignStatus>> LiveCampaignsAsync()
    {
        var ids = await grains.GetGrain<ICampaignRegistryGrain>(CampaignRegistryGrain.Key).ListLiveAsync();
        var statuses = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICampaignGrain>(id).GetStatusAsync()));
        return statuses.OfType<CampaignStatus>().ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marketer stats could not be gathered or sent")]
    private partial void LogStatsFailed(Exception error);
}
