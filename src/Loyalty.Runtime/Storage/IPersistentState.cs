namespace Loyalty.Runtime;

/// <summary>A grain's named, persistent state, injected with <see cref="PersistentStateAttribute"/>.</summary>
/// <typeparam name="TState">The state type.</typeparam>
public interface IPersistentState<TState> : IGrainState<TState>
{
    /// <summary>Re-reads the state from storage.</summary>
    Task ReadStateAsync();

    /// <summary>Writes the state; throws <see cref="InconsistentStateException"/> on an ETag conflict.</summary>
    Task WriteStateAsync();

    /// <summary>Deletes the state and resets it to its default.</summary>
    Task ClearStateAsync();
}
