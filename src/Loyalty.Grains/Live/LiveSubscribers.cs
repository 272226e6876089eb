using Loyalty.Runtime;

namespace Loyalty.Grains.Live;

/// <summary>
/// The silos that hold live connections of one member, each until its lease runs out. A silo renews its lease while
/// connections remain and simply stops renewing when the last one closes, so nothing has to be torn down and a silo
/// that died drops out by itself. Kept in the member grain's memory: a new activation starts empty and fills again
/// within one renewal period.
/// </summary>
internal sealed class LiveSubscribers
{
    private Dictionary<GrainId, (ILiveSiloObserver Silo, DateTimeOffset Until)>? _silos;

    /// <summary>Routes the member's events to <paramref name="silo"/> until <paramref name="until"/>.</summary>
    public void Renew(ILiveSiloObserver silo, DateTimeOffset until) =>
        (_silos ??= [])[silo.GetGrainId()] = (silo, until);

    /// <summary>Silos whose lease is still running at <paramref name="now"/>; forgets the others.</summary>
    public IReadOnlyList<ILiveSiloObserver> At(DateTimeOffset now)
    {
        if (_silos is null)
        {
            return [];
        }

        var live = new List<ILiveSiloObserver>(_silos.Count);
        foreach (var (id, (silo, until)) in _silos)
        {
            if (until > now)
            {
                live.Add(silo);
            }
            else
            {
                _silos.Remove(id);
            }
        }

        if (_silos.Count == 0)
        {
            _silos = null;
        }

        return live;
    }
}
