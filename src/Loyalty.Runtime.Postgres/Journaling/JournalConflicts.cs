using System.Globalization;
using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// What round trip 1 of a batch reported: appends short of events (a sequence was taken) and
/// appends whose idempotency key was taken. Plans the undo of their rows and names each one's error.
/// </summary>
internal sealed class JournalConflicts
{
    private readonly Dictionary<string, List<long>> _shortAppends = new(StringComparer.Ordinal);
    private readonly HashSet<string> _duplicateKeys = new(StringComparer.Ordinal);

    public bool IsEmpty => _shortAppends.Count == 0 && _duplicateKeys.Count == 0;

    public void AddShortAppend(string grain, long? insertedSequence)
    {
        if (!_shortAppends.TryGetValue(grain, out var inserted))
        {
            inserted = [];
            _shortAppends.Add(grain, inserted);
        }

        if (insertedSequence is { } sequence)
        {
            inserted.Add(sequence);
        }
    }

    public void AddDuplicateKey(string grain) => _duplicateKeys.Add(grain);

    /// <summary>The rows this transaction inserted for failing appends — and only those: a conflicting row belongs to someone else.</summary>
    public JournalUndo PlanUndo(JournalRows rows)
    {
        var undo = new JournalUndo();
        foreach (var pending in rows.Appends)
        {
            var append = pending.Append;
            var grain = pending.GrainKey;
            var isShort = _shortAppends.TryGetValue(grain, out var insertedSequences);
            var isDuplicate = _duplicateKeys.Contains(grain);
            if (isShort)
            {
                undo.AddEvents(grain, insertedSequences!);
            }
            else if (isDuplicate)
            {
                // All its events went in, so the whole range is ours to take back.
                undo.AddEvents(grain, Enumerable.Range(1, append.Events.Count).Select(i => append.ExpectedSequence + i));
            }

            if (append.Idempotency is { } record)
            {
                if (isDuplicate)
                {
                    undo.AddDuplicate(grain, record.Key);
                }
                else if (isShort)
                {
                    undo.AddKey(grain, record.Key);
                }
            }
        }

        return undo;
    }

    /// <summary>
    /// Each failing append's error. A duplicate key wins over a stale sequence: the stored record is
    /// the answer a retry needs, whoever the writer was.
    /// </summary>
    public Dictionary<PendingAppend, Exception> Failures(JournalRows rows, IReadOnlyDictionary<string, IdempotencyRecord> stored)
    {
        var failures = new Dictionary<PendingAppend, Exception>();
        foreach (var pending in rows.Appends)
        {
            if (_duplicateKeys.Contains(pending.GrainKey) && stored.TryGetValue(pending.GrainKey, out var record))
            {
                failures.Add(pending, new DuplicateRequestException(record));
            }
            else if (_shortAppends.ContainsKey(pending.GrainKey) || _duplicateKeys.Contains(pending.GrainKey))
            {
                failures.Add(pending, StaleSequence(pending.Append));
            }
        }

        return failures;
    }

    private static InconsistentStateException StaleSequence(JournalAppend append) =>
        new($"Another writer already appended after sequence {append.ExpectedSequence} of grain {append.GrainId}; nothing was written.",
            null, append.ExpectedSequence.ToString(CultureInfo.InvariantCulture));
}
