using System.Threading.Channels;
using Loyalty.Grains.Live;
using Microsoft.AspNetCore.SignalR;

namespace Loyalty.Silo.Live;

/// <summary>
/// This silo's receiver of member events (registered with member grains by <see cref="MemberSubscriptions"/>): batches
/// from the notifiers land in a bounded queue, and one background loop sends each event to its member's hub group.
/// When the queue is full the oldest event is dropped; the client sees the gap in sequence numbers and reads what it
/// missed over HTTP. Events of members whose last connection here closed (their lease has not run out yet) are dropped.
/// </summary>
public sealed partial class HubLiveObserver(IHubContext<LiveHub> hub, LiveWatchers watchers, ILogger<HubLiveObserver> logger)
    : BackgroundService, ILiveSiloObserver
{
    private readonly Channel<MemberLiveEvent> _queue = Channel.CreateBounded<MemberLiveEvent>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <inheritdoc />
    public Task OnMemberEventsAsync(IReadOnlyList<MemberLiveEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var memberEvent in events)
        {
            if (watchers.IsWatched(memberEvent.MemberId))
            {
                _queue.Writer.TryWrite(memberEvent);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var memberEvent in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await hub.Clients.Group(LiveHub.MemberGroup(memberEvent.MemberId)).SendAsync(LiveHub.MemberEventMethod, memberEvent, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One failed send must not stop the others; the client recovers the event by its sequence.
                LogSendFailed(error, memberEvent.Sequence);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live event (sequence {Sequence}) could not be sent")]
    private partial void LogSendFailed(Exception error, long sequence);
}
