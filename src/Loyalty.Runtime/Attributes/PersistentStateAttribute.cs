namespace Loyalty.Runtime;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the state
/// named <paramref name="stateName"/> in the storage provider named <paramref name="storageName"/>,
/// read before <c>OnActivateAsync</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    /// <summary>Name of the state within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>Name of the storage provider, or null for the default provider.</summary>
    public string? StorageName { get; } = storageName;
}
