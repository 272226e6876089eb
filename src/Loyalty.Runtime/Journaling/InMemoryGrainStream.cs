namespace Loyalty.Runtime.Journaling;

/// <summary>One grain's events, snapshot and idempotency records in <see cref="InMemoryEventJournal"/>; not thread-safe.</summary>
internal sealed class InMemoryGrainStream(GrainId grainId)
{
    private readonly List<JournalEvent> _events = [];

    // Events deleted from the front (see DeleteEventsBeforeSnapshot): _events[i] has sequence _deleted + i + 1.
    private long _deleted;
    // Each record with the sequence of its append's last event.
    private readonly Dictionary<string, (IdempotencyRecord Record, long Sequence)> _idempotency = new(StringComparer.Ordinal);
    private JournalSnapshot? _snapshot;

    public JournalStream Read()
    {
        var after = _snapshot?.Sequence ?? 0;
        // Sequences start at 1 without gaps, so event n sits at index n - 1 - _deleted.
        var tail = _events.Skip((int)Math.Clamp(after - _deleted, 0, _events.Count)).ToArray();
        return new JournalStream(_snapshot, tail);
    }

    public void Append(JournalAppend append)
    {
        // Same precedence as the durable journal: a known key wins over a stale sequence,
        // because the stored record is the answer a retry needs.
        if (append.Idempotency is { } request && FindIdempotencyRecord(request.Key) is { } existing)
        {
            throw new DuplicateRequestException(existing);
        }

        if (append.ExpectedSequence != LastSequence)
        {
            throw new InconsistentStateException(
                $"Grain {grainId} is at sequence {LastSequence}, the append expected {append.ExpectedSequence}.",
                LastSequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
                append.ExpectedSequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var (eventType, payload) in append.Events)
        {
            _events.Add(new JournalEvent(LastSequence + 1, eventType, payload.ToArray()));
        }

        if (append.Idempotency is { } record)
        {
            _idempotency.Add(record.Key, (record with { Result = record.Result.ToArray() }, LastSequence));
        }
    }

    public void KeepSnapshot(JournalSnapshot snapshot)
    {
        // A late snapshot from an older activation must not replace a newer one.
        if (_snapshot is null || snapshot.Sequence > _snapshot.Sequence)
        {
            _snapshot = snapshot with { State = snapshot.State.ToArray() };
        }
    }

    // As the durable journal: only with a snapshot at the sequence or later, and the last event always stays. The deleted
    // sequences stay taken through _deleted, so fencing (LastSequence) is unchanged.
    public void DeleteEventsBeforeSnapshot(long sequence)
    {
        if (_snapshot is { } snapshot && snapshot.Sequence >= sequence)
        {
            var count = (int)Math.Clamp(sequence - 1 - _deleted, 0, Math.Max(_events.Count - 1, 0));
            _events.RemoveRange(0, count);
            _deleted += count;
        }
    }

    public IReadOnlyList<JournalEvent> ReadBackward(long beforeSequence, int limit, string? eventType) =>
        [.. _events.Where(e => e.Sequence < beforeSequence && (eventType is null || e.EventType == eventType))
            .Reverse()
            .Take(limit)];

    public IdempotencyRecord? FindIdempotencyRecord(string key) =>
        !_idempotency.TryGetValue(key, out var stored) ? null
        : stored.Record.ResultInLastEvent ? stored.Record with { Result = stored.Sequence > _deleted ? _events[(int)(stored.Sequence - _deleted) - 1].Payload : ReadOnlyMemory<byte>.Empty }
        : stored.Record;

    private long LastSequence => _deleted + _events.Count;
}
