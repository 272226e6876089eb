using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime;

/// <summary>
/// Creates the <see cref="IPersistentState{TState}"/> for a <see cref="PersistentStateAttribute"/>
/// constructor parameter (called by generated activators) and reads it before <c>OnActivateAsync</c>.
/// </summary>
public static class PersistentStateFactory
{
    /// <summary>Creates the state and registers its first read as an activation step.</summary>
    public static IPersistentState<TState> Create<TState>(IGrainContext context, string stateName, string? storageName)
    {
        var providerName = storageName ?? SiloServiceKeys.DefaultStorageName;
        var storage = context.ActivationServices.GetKeyedService<IGrainStorage>(providerName)
                      ?? throw new InvalidOperationException(
                          $"No grain storage named '{providerName}' is configured for state '{stateName}' of {context.GrainId}.");
        var instruments = context.ActivationServices.GetRequiredService<StorageInstruments>();
        var state = new PersistentState<TState>(stateName, context.GrainId, storage, instruments);
        context.AddActivationStep(_ => state.ReadStateAsync());
        return state;
    }
}
