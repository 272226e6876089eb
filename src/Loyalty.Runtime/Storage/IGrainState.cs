namespace Loyalty.Runtime;

/// <summary>A grain's state as a storage provider reads and writes it.</summary>
/// <typeparam name="TState">The state type.</typeparam>
public interface IGrainState<TState>
{
    /// <summary>The state value.</summary>
    TState State { get; set; }

    /// <summary>The version the provider last read or wrote, or null before the first write.</summary>
    string? ETag { get; set; }

    /// <summary>Whether a record exists in storage.</summary>
    bool RecordExists { get; set; }
}
