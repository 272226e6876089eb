namespace Loyalty.Runtime.Journaling;

/// <summary>
/// An <see cref="IEventJournal"/> in process memory, for tests and single-process development.
/// It keeps the durable journal's rules — sequence fencing, one idempotency record per (grain, key),
/// all-or-nothing appends — so grains behave the same on it as on PostgreSQL; nothing survives the process.
/// </summary>
public sealed class InMemoryEventJournal : IEventJournal
{
    private readonly Dictionary<GrainId, InMemoryGrainStream> _streams = [];
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<JournalStream> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_streams.TryGetValue(grainId, out var stream)
                ? stream.Read()
                : new JournalStream(null, []));
        }
    }

    /// <inheritdoc />
    public Task AppendAsync(JournalAppend append, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(append);
        if (append.Events.Count == 0)
        {
            throw new ArgumentException("An append carries at least one event.", nameof(append));
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            lock (_gate)
            {
                StreamOf(append.GrainId).Append(append);
            }
        }
        catch (Exception conflict) when (conflict is InconsistentStateException or DuplicateRequestException)
        {
            // Conflicts surface through the task, as they do from a durable journal.
            return Task.FromException(conflict);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task WriteSnapshotAsync(GrainId grainId, JournalSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            StreamOf(grainId).KeepSnapshot(snapshot);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JournalEvent>> ReadBackwardAsync(
        GrainId grainId, long beforeSequence, int limit, string? eventType = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_streams.TryGetValue(grainId, out var stream)
                ? stream.ReadBackward(beforeSequence, limit, eventType)
                : (IReadOnlyList<JournalEvent>)[]);
        }
    }

    /// <inheritdoc />
    public Task DeleteEventsBeforeSnapshotAsync(GrainId grainId, long sequence, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_streams.TryGetValue(grainId, out var stream))
            {
                stream.DeleteEventsBeforeSnapshot(sequence);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IdempotencyRecord?> FindIdempotencyRecordAsync(GrainId grainId, string key, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_streams.TryGetValue(grainId, out var stream) ? stream.FindIdempotencyRecord(key) : null);
        }
    }

    private InMemoryGrainStream StreamOf(GrainId grainId)
    {
        if (!_streams.TryGetValue(grainId, out var stream))
        {
            stream = new InMemoryGrainStream(grainId);
            _streams.Add(grainId, stream);
        }

        return stream;
    }
}
