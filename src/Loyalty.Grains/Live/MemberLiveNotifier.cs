using Loyalty.Grains.Batching;
using Loyalty.Runtime;
using Microsoft.Extensions.Logging;

namespace Loyalty.Grains.Live;

/// <summary>
/// The silo's notifier (the GPSTracker pattern): member grains hand it an event and the silos subscribed to that
/// member, and move on. A <see cref="BatchPump{T}"/> drains what has queued and sends each silo one batch per round,
/// as a one-way call to its <see cref="ILiveSiloObserver"/>. Members nobody watches never get here: their grains have
/// no subscribed silo and build no event.
/// </summary>
public sealed partial class MemberLiveNotifier
{
    private readonly BatchPump<(ILiveSiloObserver Silo, MemberLiveEvent Event)> _pump;
    private readonly ILogger<MemberLiveNotifier> _logger;
    private long _batches;

    /// <summary>Creates the silo's notifier.</summary>
    public MemberLiveNotifier(ILogger<MemberLiveNotifier> logger)
    {
        _logger = logger;
        _pump = new(DeliverAsync);
    }

    /// <summary>Batches sent to silo observers since start.</summary>
    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Queues <paramref name="memberEvent"/> for each of <paramref name="silos"/>; never waits.</summary>
    public void Publish(MemberLiveEvent memberEvent, IReadOnlyList<ILiveSiloObserver> silos)
    {
        ArgumentNullException.ThrowIfNull(silos);
        foreach (var silo in silos)
        {
            _pump.Post((silo, memberEvent));
        }
    }

    /// <summary>Completes once everything published before the call has been handed to the silos.</summary>
    public Task FlushAsync() => _pump.FlushAsync();

    private async Task DeliverAsync(List<(ILiveSiloObserver Silo, MemberLiveEvent Event)> drained)
    {
        // Queue order is kept within each silo's batch, so a member's events stay in sequence order.
        foreach (var batch in drained.GroupBy(item => item.Silo.GetGrainId()))
        {
            var silo = batch.First().Silo;
            try
            {
                await silo.OnMemberEventsAsync([.. batch.Select(item => item.Event)]).ConfigureAwait(false);
                Interlocked.Increment(ref _batches);
            }
            catch (Exception failure)
            {
                // A silo that went away is dropped from each member's subscribers when its lease ends; clients
                // that missed events see the gap in sequence numbers and read the history.
                LogUndeliverable(_logger, failure, batch.Count());
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} live events could not be handed to a silo")]
    private static partial void LogUndeliverable(ILogger logger, Exception failure, int count);
}
