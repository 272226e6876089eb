using Loyalty.Grains.Live;
using Loyalty.Grains.Members;
using Loyalty.Runtime;

namespace Loyalty.Silo.Live;

/// <summary>
/// This silo's entries in the members' subscription registries. The first connection of a member here subscribes
/// this silo's <see cref="HubLiveObserver"/> with the member's grain for <see cref="Lease"/>; while connections remain,
/// every member watched here is renewed each <see cref="RenewEvery"/>. Nothing is unsubscribed: when the last connection
/// closes the lease simply runs out, so a connect racing a disconnect can never leave a connected member unsubscribed,
/// and a silo that dies drops out of every registry by itself. Only silos holding a member's connections receive
/// that member's events — nothing is broadcast to every silo.
/// </summary>
public sealed partial class MemberSubscriptions(IGrainFactory grains, HubLiveObserver observer, LiveWatchers watchers, ILogger<MemberSubscriptions> logger)
    : BackgroundService
{
    /// <summary>How long a subscription lasts without renewal.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    /// <summary>How often the members watched here are renewed: three chances before a lease runs out.</summary>
    public static readonly TimeSpan RenewEvery = Lease / 3;

    private readonly Lazy<ILiveSiloObserver> _self = new(() => grains.CreateObjectReference<ILiveSiloObserver>(observer));

    /// <summary>Subscribes this silo to <paramref name="memberId"/>'s events; returns the journal version they follow.</summary>
    public Task<long> SubscribeAsync(string memberId) => grains.GetGrain<IMemberGrain>(memberId).WatchAsync(_self.Value, Lease);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await Parallel.ForEachAsync(watchers.Members(), new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = stoppingToken }, async (memberId, _) =>
            {
                try
                {
                    await SubscribeAsync(memberId);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // The next round tries again well before the lease runs out.
                    LogRenewalFailed(error, memberId);
                }
            });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live subscription of member {MemberId} could not be renewed")]
    private partial void LogRenewalFailed(Exception error, string memberId);
}
