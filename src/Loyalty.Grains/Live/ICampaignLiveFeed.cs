namespace Loyalty.Grains.Live;

/// <summary>
/// Told when the set of campaigns live on this silo changes (a launch, a scheduled start, a stop or an end), so
/// members' apps can fetch the offers that target them again. It carries no campaign: whom a campaign targets is
/// decided by each member's grain, not broadcast.
/// </summary>
public interface ICampaignLiveFeed
{
    /// <summary>Signals that live campaigns changed; never blocks.</summary>
    void LiveCampaignsChanged();
}

/// <summary>The feed of a host without live connections.</summary>
internal sealed class NoCampaignLiveFeed : ICampaignLiveFeed
{
    public void LiveCampaignsChanged()
    {
    }
}
