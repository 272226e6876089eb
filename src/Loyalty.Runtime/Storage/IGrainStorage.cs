namespace Loyalty.Runtime;

/// <summary>
/// A named grain storage provider. Writes and clears are conditional on <see cref="IGrainState{TState}.ETag"/>:
/// a mismatch throws <see cref="InconsistentStateException"/> and changes nothing.
/// </summary>
public interface IGrainStorage
{
    /// <summary>Reads the state into <paramref name="grainState"/> (default state and no ETag when absent).</summary>
    Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState);

    /// <summary>Writes the state if the stored ETag matches, and sets the new ETag.</summary>
    Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState);

    /// <summary>Deletes the state if the stored ETag matches.</summary>
    Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState);
}
