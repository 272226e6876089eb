using System.Collections.Concurrent;
using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.Activations;

/// <summary>
/// The silo's activations by grain id: finds or creates the activation a request goes to, and
/// forgets activations once they are gone.
/// </summary>
internal sealed class Catalog(SiloRuntime runtime)
{
    // A request may meet a deactivating activation and be forwarded; a few hops settle any race.
    private const int MaxForwards = 8;

    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private readonly ConcurrentDictionary<GrainId, StatelessWorkerPool> _workerPools = new();

    public int Count => _activations.Count + _workerPools.Values.Sum(p => p.Count);

    /// <summary>Every activation, including stateless workers.</summary>
    public IEnumerable<ActivationData> All => _activations.Values.Concat(_workerPools.Values.SelectMany(p => p.Workers));

    public void Deliver(GrainId grainId, IGrainRequest request)
    {
        for (var attempt = 0; attempt < MaxForwards; attempt++)
        {
            var activation = FindOrCreate(grainId);
            if (activation is null)
            {
                request.TryFail(new InvalidOperationException($"{grainId} does not exist: the observer was deleted or the grain type is unknown."));
                return;
            }

            if (activation.TryEnqueue(request))
            {
                return;
            }

            _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(grainId, activation));
        }

        request.TryFail(new InvalidOperationException($"{request.Method} could not reach {grainId}: it was forwarded {MaxForwards} times."));
    }

    /// <summary>Adds an activation that already has its instance (an observer).</summary>
    public void Register(ActivationData activation) => _activations[activation.GrainId] = activation;

    public bool TryGet(GrainId grainId, out ActivationData activation) => _activations.TryGetValue(grainId, out activation!);

    public void OnDeactivated(ActivationData activation)
    {
        if (activation.GrainClass.IsStatelessWorker && _workerPools.TryGetValue(activation.GrainId, out var pool))
        {
            pool.Remove(activation);
            return;
        }

        _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));
    }

    private ActivationData? FindOrCreate(GrainId grainId)
    {
        if (_activations.TryGetValue(grainId, out var existing))
        {
            return existing;
        }

        var grainClass = runtime.GrainClasses.Find(grainId.Type);
        if (grainClass is null)
        {
            return null;
        }

        if (grainClass.IsStatelessWorker)
        {
            return _workerPools.GetOrAdd(grainId, static (id, state) => new StatelessWorkerPool(id, state.grainClass, state.runtime), (grainClass, runtime)).Pick();
        }

        var created = new ActivationData(grainId, grainClass, runtime);
        return _activations.GetOrAdd(grainId, created);
    }
}
