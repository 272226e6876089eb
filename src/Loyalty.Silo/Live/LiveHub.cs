using Loyalty.Silo.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Loyalty.Silo.Live;

/// <summary>
/// <c>/hubs/live</c>. A member's connection joins their own stream and nothing else: the stream is chosen
/// from the token's subject, and the hub has no method a client could call to pick another. Marketers and
/// admins join the marketers' stream. Members' events arrive as <c>memberEvent</c>.
/// </summary>
[Authorize(AuthenticationSchemes = LoyaltySchemes.Bearer)]
public sealed class LiveHub(LiveWatchers watchers, MemberSubscriptions subscriptions) : Hub
{
    /// <summary>The hub's route.</summary>
    public const string Route = "/hubs/live";

    /// <summary>The client method members' events are sent to.</summary>
    public const string MemberEventMethod = "memberEvent";

    /// <summary>
    /// Sent once a connection is in its stream: every later change arrives as an event, so a client reads the
    /// history up to the sequence given (the member's journal version when the stream started) and no further.
    /// </summary>
    public const string SubscribedMethod = "subscribed";

    /// <summary>The group of one member's connections.</summary>
    public static string MemberGroup(string memberId) => "member:" + memberId;

    /// <summary>The client method the marketers' stream receives <see cref="MarketerStats"/> on, about once a second.</summary>
    public const string MarketerStatsMethod = "marketerStats";

    /// <summary>The client method told that live campaigns changed: the member's app fetches its offers again.</summary>
    public const string OffersChangedMethod = "offersChanged";

    /// <summary>Every member connection on this silo (told only that offers changed, never what they are).</summary>
    public const string MembersGroup = "members";

    /// <summary>The group of marketers' connections.</summary>
    public const string MarketersGroup = "marketers";

    /// <inheritdoc />
    public override async Task OnConnectedAsync()
    {
        if (MemberOf(Context) is { } memberId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, MemberGroup(memberId));
            await Groups.AddToGroupAsync(Context.ConnectionId, MembersGroup);
            watchers.Watch(memberId);

            // The grain records the subscription and reads its version in one turn: every later change reaches this
            // silo, none before, so the client reads the history exactly down to this sequence.
            long sequence;
            try
            {
                sequence = await subscriptions.SubscribeAsync(memberId);
            }
            catch
            {
                // A connection whose start failed is never disconnected: count it out here, or it stays watched.
                watchers.Unwatch(memberId);
                throw;
            }

            await Clients.Caller.SendAsync(SubscribedMethod, new LiveSubscription(memberId, sequence));
        }
        else if (IsMarketer(Context))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, MarketersGroup);
            watchers.WatchMarketer();
            await Clients.Caller.SendAsync(SubscribedMethod, new LiveSubscription(null, null));
        }
        else
        {
            Context.Abort();
        }

        await base.OnConnectedAsync();
    }

    /// <inheritdoc />
    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (MemberOf(Context) is { } memberId)
        {
            watchers.Unwatch(memberId);
        }
        else if (IsMarketer(Context))
        {
            watchers.UnwatchMarketer();
        }

        return base.OnDisconnectedAsync(exception);
    }

    private static bool IsMarketer(HubCallerContext context) =>
        context.User?.IsInRole(LoyaltyRoles.Marketer) == true || context.User?.IsInRole(LoyaltyRoles.Admin) == true;

    private static string? MemberOf(HubCallerContext context) =>
        context.User?.IsInRole(LoyaltyRoles.Member) == true ? context.User.FindFirst(LoyaltyClaims.Subject)?.Value : null;
}

/// <summary>What a connection's stream starts from.</summary>
/// <param name="MemberId">The member whose events follow; null on the marketers' stream.</param>
/// <param name="Sequence">The member's journal version when the stream started.</param>
public sealed record LiveSubscription(string? MemberId, long? Sequence);
