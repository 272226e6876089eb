using System.Collections.Concurrent;

namespace Loyalty.Runtime.Invocation;

/// <summary>
/// What the source generator registers from each assembly's module initializer: how to build a
/// proxy for each grain interface and an instance of each grain class, without reflection.
/// </summary>
public static class GrainTypeManifest
{
    private static readonly ConcurrentDictionary<Type, Func<IGrainCallInvoker, GrainId, object>> Proxies = new();
    private static readonly ConcurrentDictionary<Type, Func<IGrainContext, object>> GrainClasses = new();

    /// <summary>Registers the proxy factory of a grain or observer interface.</summary>
    public static void AddInterface<TInterface>(Func<IGrainCallInvoker, GrainId, TInterface> createProxy)
        where TInterface : class, IAddressable =>
        Proxies[typeof(TInterface)] = createProxy;

    /// <summary>Registers the constructor call of a grain class.</summary>
    public static void AddGrainClass<TGrain>(Func<IGrainContext, TGrain> create)
        where TGrain : class =>
        GrainClasses[typeof(TGrain)] = create;

    /// <summary>The registered grain classes and their factories.</summary>
    public static IReadOnlyDictionary<Type, Func<IGrainContext, object>> GrainClassFactories => GrainClasses;

    /// <summary>Finds the proxy factory of an interface.</summary>
    public static bool TryGetProxyFactory(Type grainInterface, out Func<IGrainCallInvoker, GrainId, object> factory) =>
        Proxies.TryGetValue(grainInterface, out factory!);
}
