using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.Activations;

/// <summary>
/// Maps grain interfaces to grain types and grain types to classes, from what the generated
/// module initializers registered in <see cref="GrainTypeManifest"/>. Built with reflection once,
/// never per call.
/// </summary>
internal sealed class GrainClassMap
{
    private readonly ConcurrentDictionary<GrainType, GrainClassInfo> _byType = new();
    private readonly ConcurrentDictionary<Type, GrainType> _byInterface = new();
    private readonly ConcurrentDictionary<Type, bool> _ambiguous = new();
    private readonly Lock _refreshLock = new();

    public GrainClassMap() => Refresh();

    public GrainClassInfo? Find(GrainType grainType)
    {
        if (_byType.TryGetValue(grainType, out var info))
        {
            return info;
        }

        if (grainType == GrainClassInfo.ObserverGrainType)
        {
            return null;
        }

        LoadGrainAssemblies();
        return _byType.GetValueOrDefault(grainType);
    }

    public GrainType GrainTypeFor(Type grainInterface)
    {
        if (_byInterface.TryGetValue(grainInterface, out var grainType))
        {
            return grainType;
        }

        RuntimeHelpers.RunModuleConstructor(grainInterface.Module.ModuleHandle);
        LoadGrainAssemblies();
        if (_byInterface.TryGetValue(grainInterface, out grainType))
        {
            return grainType;
        }

        throw new ArgumentException(
            _ambiguous.ContainsKey(grainInterface)
                ? $"More than one grain class implements {grainInterface}: a reference by interface alone would be ambiguous."
                : $"No grain class implements {grainInterface}.",
            nameof(grainInterface));
    }

    // Module initializers run when a module is first used; run those of every loaded assembly that
    // references the runtime, so grains are known even before their assembly's code has run.
    private void LoadGrainAssemblies()
    {
        var runtimeName = typeof(Grain).Assembly.GetName().Name;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.GetReferencedAssemblies().Any(a => a.Name == runtimeName))
            {
                RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
            }
        }

        Refresh();
    }

    private void Refresh()
    {
        lock (_refreshLock)
        {
            foreach (var (grainClass, factory) in GrainTypeManifest.GrainClassFactories)
            {
                var info = new GrainClassInfo(grainClass, factory);
                _byType.TryAdd(info.GrainType, info);
                foreach (var grainInterface in GrainInterfacesOf(grainClass))
                {
                    MapInterface(grainInterface, info);
                }
            }
        }
    }

    private void MapInterface(Type grainInterface, GrainClassInfo info)
    {
        if (_ambiguous.ContainsKey(grainInterface))
        {
            return;
        }

        if (_byInterface.TryGetValue(grainInterface, out var existing) && existing != info.GrainType)
        {
            // Two classes implement it: a reference by interface alone would be ambiguous.
            _ambiguous[grainInterface] = true;
            _byInterface.TryRemove(grainInterface, out _);
            return;
        }

        _byInterface.TryAdd(grainInterface, info.GrainType);
    }

    private static IEnumerable<Type> GrainInterfacesOf(Type grainClass) =>
        grainClass.GetInterfaces().Where(i =>
            typeof(IAddressable).IsAssignableFrom(i)
            && i.Assembly != typeof(IGrain).Assembly
            && i.GetCustomAttribute<CompilerGeneratedAttribute>() is null);
}
