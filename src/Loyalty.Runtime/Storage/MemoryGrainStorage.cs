namespace Loyalty.Runtime.Storage;

/// <summary>
/// The embedded default storage: state kept serialized in this process (so an activation never
/// shares objects with storage), with the same ETag rules as a durable provider. Lost on restart.
/// </summary>
internal sealed class MemoryGrainStorage(IGrainSerializer serializer) : IGrainStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string, GrainId), (byte[] Data, long Version)> _records = [];

    public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
    {
        lock (_lock)
        {
            if (_records.TryGetValue((stateName, grainId), out var record))
            {
                grainState.State = serializer.Deserialize<TState>(record.Data);
                grainState.ETag = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
                grainState.RecordExists = true;
            }
            else
            {
                grainState.State = Activator.CreateInstance<TState>();
                grainState.ETag = null;
                grainState.RecordExists = false;
            }
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
    {
        var data = serializer.Serialize(grainState.State);
        lock (_lock)
        {
            var next = CheckVersion(stateName, grainId, grainState.ETag) + 1;
            _records[(stateName, grainId)] = (data, next);
            grainState.ETag = next.ToString(System.Globalization.CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
    {
        lock (_lock)
        {
            CheckVersion(stateName, grainId, grainState.ETag);
            _records.Remove((stateName, grainId));
            grainState.State = Activator.CreateInstance<TState>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    // Under _lock: the stored version, which must equal the writer's ETag (0 = no record, no ETag).
    private long CheckVersion(string stateName, GrainId grainId, string? eTag)
    {
        var stored = _records.TryGetValue((stateName, grainId), out var record) ? record.Version : 0;
        var expected = eTag is null ? 0 : long.Parse(eTag, System.Globalization.CultureInfo.InvariantCulture);
        if (stored != expected)
        {
            throw new InconsistentStateException(
                $"State '{stateName}' of {grainId} is at version {stored}, the writer expected {expected}.",
                stored.ToString(System.Globalization.CultureInfo.InvariantCulture),
                eTag);
        }

        return stored;
    }
}
