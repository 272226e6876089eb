using Loyalty.Grains.Live;
using Microsoft.AspNetCore.SignalR;

namespace Loyalty.Silo.Live;

/// <summary>
/// Tells this silo's member connections that live campaigns changed, so each app asks its own member grain which
/// offers target it. Launches are rare, so each signal is sent on its own, without waiting in the campaign's turn.
/// </summary>
public sealed partial class HubCampaignLiveFeed(IHubContext<LiveHub> hub, ILogger<HubCampaignLiveFeed> logger) : ICampaignLiveFeed
{
    /// <inheritdoc />
    public void LiveCampaignsChanged() => _ = SignalAsync();

    private async Task SignalAsync()
    {
        try
        {
            await hub.Clients.Group(LiveHub.MembersGroup).SendAsync(LiveHub.OffersChangedMethod);
        }
        catch (Exception error)
        {
            // Apps also fetch offers when they connect; a lost signal only delays an offer until then.
            LogSignalFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Members could not be told that live campaigns changed")]
    private partial void LogSignalFailed(Exception error);
}
