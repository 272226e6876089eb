using CommunityToolkit.HighPerformance.Buffers;

namespace Loyalty.Runtime.Journaling;

/// <summary>
/// The state of one event-sourced grain kept in step with its journal: <see cref="ReadAsync"/> rebuilds
/// it from the latest snapshot plus the tail, <c>AppendAsync</c> makes events durable first and
/// only then applies them, and a snapshot is written every <see cref="JournaledStateOptions.SnapshotInterval"/>
/// events, once those events also weigh as much as the previous snapshot. A failed append (stale sequence, duplicate request, lost connection) leaves
/// <see cref="State"/> and <see cref="Version"/> untouched, so the grain can be deactivated and re-read.
/// </summary>
/// <typeparam name="TState">The state; <paramref name="apply"/> may mutate it or return a new value.</typeparam>
/// <typeparam name="TEvent">The event base type, serialized as <typeparamref name="TEvent"/> (polymorphic where needed).</typeparam>
/// <param name="grainId">The grain whose stream this is.</param>
/// <param name="journal">Where events and snapshots live.</param>
/// <param name="serializer">Turns events and snapshots into bytes and back.</param>
/// <param name="initialState">The state of a grain without history.</param>
/// <param name="apply">Folds one event into the state; must be deterministic.</param>
/// <param name="options">Snapshot policy; defaults when null.</param>
public sealed class JournaledState<TState, TEvent>(
    GrainId grainId,
    IEventJournal journal,
    IGrainSerializer serializer,
    Func<TState> initialState,
    Func<TState, TEvent, TState> apply,
    JournaledStateOptions? options = null)
    where TEvent : notnull
{
    // First size asked of the pool for a grain's first snapshot; later ones start at the previous one's size.
    private const int MinimumSnapshotBuffer = 4096;

    // First size asked of the pool for an append's events; later ones start at the previous append's size.
    private const int MinimumAppendBuffer = 1024;

    private readonly int _snapshotInterval = (options ?? new JournaledStateOptions()).SnapshotInterval;
    private readonly bool _deleteEventsBeforeSnapshots = options?.DeleteEventsBeforeSnapshots ?? false;
    private long _snapshotSequence;

    // Bytes of the latest snapshot, and of the events appended since it was taken (see SnapshotIfDue).
    private long _snapshotBytes;
    private long _bytesSinceSnapshot;
    private volatile bool _snapshotInFlight;
    private int _lastAppendBytes = MinimumAppendBuffer;

    /// <summary>The state after applying every event up to <see cref="Version"/>.</summary>
    public TState State { get; private set; } = initialState();

    /// <summary>The sequence of the last event applied: the fencing token of the next append.</summary>
    public long Version { get; private set; }

    /// <summary>Rebuilds <see cref="State"/> from the latest snapshot and the events after it.</summary>
    public async Task ReadAsync(CancellationToken cancellationToken = default)
    {
        var stream = await journal.ReadAsync(grainId, cancellationToken);
        var state = stream.Snapshot is { } snapshot ? serializer.Deserialize<TState>(snapshot.State.Span) : initialState();
        foreach (var stored in stream.Events)
        {
            state = apply(state, serializer.Deserialize<TEvent>(stored.Payload.Span));
        }

        State = state;
        Version = stream.LastSequence;
        _snapshotSequence = stream.Snapshot?.Sequence ?? 0;
        _snapshotBytes = stream.Snapshot?.State.Length ?? 0;
        _bytesSinceSnapshot = stream.Events.Sum(e => (long)e.Payload.Length);
    }

    /// <summary>Appends one event; see <see cref="AppendAsync(IReadOnlyList{TEvent}, IdempotencyRecord?, CancellationToken)"/>.</summary>
    public Task AppendAsync(TEvent domainEvent, IdempotencyRecord? idempotency = null, CancellationToken cancellationToken = default) =>
        AppendAsync([domainEvent], idempotency, cancellationToken);

    /// <summary>
    /// Makes <paramref name="events"/> durable as sequences <see cref="Version"/> + 1, … (with the
    /// idempotency record, if any), then applies them. Throws <see cref="InconsistentStateException"/>
    /// when another writer got there first and <see cref="DuplicateRequestException"/> when the key was used.
    /// </summary>
    public Task AppendAsync(IReadOnlyList<TEvent> events, IdempotencyRecord? idempotency = null, CancellationToken cancellationToken = default) =>
        AppendCoreAsync(events, decided: false, default!, idempotency, cancellationToken);

    /// <summary>
    /// As <see cref="AppendAsync(IReadOnlyList{TEvent}, IdempotencyRecord?, CancellationToken)"/>, for a caller that
    /// already folded the events into <paramref name="stateAfter"/> while deciding them (an event-sourced decider
    /// usually has): once durable, that state is adopted instead of applying every event a second time. It must be
    /// exactly <see cref="State"/> with <paramref name="events"/> applied; a replay from the journal rebuilds it so.
    /// </summary>
    public Task AppendAsync(IReadOnlyList<TEvent> events, TState stateAfter, IdempotencyRecord? idempotency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stateAfter);
        return AppendCoreAsync(events, decided: true, stateAfter, idempotency, cancellationToken);
    }

    private async Task AppendCoreAsync(IReadOnlyList<TEvent> events, bool decided, TState stateAfter, IdempotencyRecord? idempotency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return;
        }

        // Lent to the journal until its task completes, whatever the outcome, then back to the pool.
        var payloads = new ArrayPoolBufferWriter<byte>(EventPayloadPool.Arrays, _lastAppendBytes);
        int bytes;
        try
        {
            var serialized = Serialize(events, payloads);
            bytes = payloads.WrittenCount;
            await journal.AppendAsync(new JournalAppend(grainId, Version, serialized, idempotency), cancellationToken);
        }
        finally
        {
            payloads.Dispose();
        }

        _lastAppendBytes = Math.Clamp(bytes, MinimumAppendBuffer, EventPayloadPool.LargestPooled);
        _bytesSinceSnapshot += bytes;

        // Durable now: from here on, the in-memory state must follow the journal.
        if (!decided)
        {
            stateAfter = State;
            foreach (var domainEvent in events)
            {
                stateAfter = apply(stateAfter, domainEvent);
            }
        }

        State = stateAfter;
        Version += events.Count;
        SnapshotIfDue();
    }

    // Every event into one pooled buffer; the slices are taken once it is written, since the buffer may move as it grows.
    private (string EventType, ReadOnlyMemory<byte> Payload)[] Serialize(IReadOnlyList<TEvent> events, ArrayPoolBufferWriter<byte> payloads)
    {
        var serialized = new (string EventType, ReadOnlyMemory<byte> Payload)[events.Count];
        Span<int> ends = events.Count <= 16 ? stackalloc int[events.Count] : new int[events.Count];
        var growing = new DoublingBufferWriter(payloads);
        for (var i = 0; i < events.Count; i++)
        {
            serializer.Serialize(events[i], growing);
            ends[i] = payloads.WrittenCount;
        }

        var written = payloads.WrittenMemory;
        for (var i = 0; i < events.Count; i++)
        {
            var start = i == 0 ? 0 : ends[i - 1];
            serialized[i] = (events[i].GetType().Name, written[start..ends[i]]);
        }

        return serialized;
    }

    // The events are committed and applied before this runs, so a snapshot is an optimisation only:
    // it is taken synchronously (the state cannot move under it) and written in the background; a
    // failed write just leaves _snapshotSequence behind, and a later append tries again.
    // Besides the interval, the events since the last snapshot must weigh as much as it did: a snapshot costs the
    // whole state, so a long-lived grain with a large state would otherwise pay it again every interval events
    // (a member with 1,500 purchases: 1.5 MB every ~35 purchases). This way snapshots cost at most about a byte per
    // byte of events, and a replay never reads more events than a snapshot's worth.
    private void SnapshotIfDue()
    {
        if (_snapshotInterval <= 0 || Version - _snapshotSequence < _snapshotInterval || _bytesSinceSnapshot < _snapshotBytes || _snapshotInFlight)
        {
            return;
        }

        // Into pooled memory: a large state's snapshot as an array of its own would be a large-object allocation each
        // time, and those bring full collections closer. The journal is done with the bytes once its write completes.
        var buffer = new ArrayPoolBufferWriter<byte>(Math.Max(MinimumSnapshotBuffer, (int)Math.Min(_snapshotBytes, int.MaxValue / 2)));
        try
        {
            serializer.Serialize(State, buffer);
        }
        catch (Exception failure)
        {
            buffer.Dispose();

            // The events are committed already: a state that cannot be written only goes without a snapshot.
            if (failure is GrainSerializationException)
            {
                return;
            }

            throw;
        }

        var snapshot = new JournalSnapshot(Version, buffer.WrittenMemory);
        (_snapshotBytes, _bytesSinceSnapshot) = (snapshot.State.Length, 0);
        _snapshotInFlight = true;
        _ = WriteSnapshotAsync(snapshot, buffer);
    }

    private async Task WriteSnapshotAsync(JournalSnapshot snapshot, ArrayPoolBufferWriter<byte> buffer)
    {
        try
        {
            await journal.WriteSnapshotAsync(grainId, snapshot);
            _snapshotSequence = Math.Max(_snapshotSequence, snapshot.Sequence);
            if (_deleteEventsBeforeSnapshots)
            {
                // After the snapshot is stored, never before: the journal checks that too. Failing here leaves the events.
                await journal.DeleteEventsBeforeSnapshotAsync(grainId, snapshot.Sequence);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Replay from the previous snapshot still reconstructs the state; only activation gets slower.
        }
        finally
        {
            buffer.Dispose();
            _snapshotInFlight = false;
        }
    }
}
