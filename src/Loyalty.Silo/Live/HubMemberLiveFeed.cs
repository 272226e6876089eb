using System.Threading.Channels;
using Loyalty.Grains.Live;
using Microsoft.AspNetCore.SignalR;

namespace Loyalty.Silo.Live;

/// <summary>
/// The silo's notifier: member grains drop events into a bounded queue (never waiting), and one background
/// loop sends them to the members' hub groups. Events of members without a connection here are not queued.
/// When the queue is full the oldest event is dropped; the client sees the gap in sequence numbers and
/// fetches what it missed over HTTP.
/// </summary>
public sealed partial class HubMemberLiveFeed(IHubContext<LiveHub> hub, LiveWatchers watchers, ILogger<HubMemberLiveFeed> logger)
    : BackgroundService, IMemberLiveFeed
{
    private readonly Channel<MemberLiveEvent> _queue = Channel.CreateBounded<MemberLiveEvent>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <inheritdoc />
    public void Publish(MemberLiveEvent memberEvent)
    {
        ArgumentNullException.ThrowIfNull(memberEvent);
        if (watchers.IsWatched(memberEvent.MemberId))
        {
            _queue.Writer.TryWrite(memberEvent);
        }
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
