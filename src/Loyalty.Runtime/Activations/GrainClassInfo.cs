using System.Reflection;

namespace Loyalty.Runtime.Activations;

/// <summary>What the runtime knows about one grain class; read once from its attributes at start-up.</summary>
internal sealed class GrainClassInfo
{
    public GrainClassInfo(Type grainClass, Func<IGrainContext, object> factory)
    {
        ClassType = grainClass;
        Factory = factory;
        GrainType = new GrainType(grainClass.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? DefaultName(grainClass));
        IsReentrant = grainClass.IsDefined(typeof(ReentrantAttribute), inherit: true);
        var worker = grainClass.GetCustomAttribute<StatelessWorkerAttribute>();
        MaxLocalWorkers = worker is null ? 0 : worker.MaxLocalWorkers > 0 ? worker.MaxLocalWorkers : Environment.ProcessorCount;
        CollectionAge = grainClass.GetCustomAttribute<CollectionAgeLimitAttribute>()?.Age;
    }

    /// <summary>An observer: a local object made callable; reentrant and never collected.</summary>
    private GrainClassInfo(Type observerType)
    {
        ClassType = observerType;
        Factory = static _ => throw new InvalidOperationException("Observers are registered, not created.");
        GrainType = ObserverGrainType;
        IsReentrant = true;
    }

    public static GrainType ObserverGrainType { get; } = new("sys.observer");

    public Type ClassType { get; }

    public Func<IGrainContext, object> Factory { get; }

    public GrainType GrainType { get; }

    public bool IsReentrant { get; }

    /// <summary>More than 0 for a <see cref="StatelessWorkerAttribute"/> class.</summary>
    public int MaxLocalWorkers { get; }

    public bool IsStatelessWorker => MaxLocalWorkers > 0;

    /// <summary>The class's own idle age, or null for the silo default.</summary>
    public TimeSpan? CollectionAge { get; }

    public bool IsObserver => GrainType == ObserverGrainType;

    public static GrainClassInfo ForObserver(Type observerType) => new(observerType);

    private static string DefaultName(Type type)
    {
        var name = type.Name;
        if (name.EndsWith("Grain", StringComparison.Ordinal) && name.Length > "Grain".Length)
        {
            name = name[..^"Grain".Length];
        }

        return name.ToLowerInvariant();
    }
}
