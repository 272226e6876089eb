using Loyalty.Runtime;

namespace Loyalty.Grains.Live;

/// <summary>
/// A silo's receiver of member events: its live hub, registered as an observer. Member grains never call it
/// directly; each silo's <see cref="MemberLiveNotifier"/> carries their events to it in batches.
/// </summary>
public interface ILiveSiloObserver : IGrainObserver
{
    /// <summary>Events for members with connections on the observer's silo, in the order each member made them.</summary>
    [OneWay]
    Task OnMemberEventsAsync(IReadOnlyList<MemberLiveEvent> events);
}
