namespace Loyalty.Runtime.Activations;

/// <summary>
/// The local activations of one stateless-worker grain id: an idle worker takes the request, else
/// a new one is added up to the limit, else the least loaded queues it.
/// </summary>
internal sealed class StatelessWorkerPool(GrainId grainId, GrainClassInfo grainClass, SiloRuntime runtime)
{
    private readonly Lock _lock = new();
    private readonly List<ActivationData> _workers = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _workers.Count;
            }
        }
    }

    public IReadOnlyList<ActivationData> Workers
    {
        get
        {
            lock (_lock)
            {
                return [.. _workers];
            }
        }
    }

    public ActivationData Pick()
    {
        lock (_lock)
        {
            ActivationData? leastLoaded = null;
            var lowest = int.MaxValue;
            foreach (var worker in _workers)
            {
                var load = worker.Load;
                if (load < lowest)
                {
                    (leastLoaded, lowest) = (worker, load);
                }
            }

            if (lowest == 0 || (leastLoaded is not null && _workers.Count >= grainClass.MaxLocalWorkers))
            {
                return leastLoaded!;
            }

            var created = new ActivationData(grainId, grainClass, runtime);
            _workers.Add(created);
            return created;
        }
    }

    public void Remove(ActivationData worker)
    {
        lock (_lock)
        {
            _workers.Remove(worker);
        }
    }
}
