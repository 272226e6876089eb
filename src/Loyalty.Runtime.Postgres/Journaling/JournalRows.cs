using System.Runtime.InteropServices;

namespace Loyalty.Runtime.Postgres;

/// <summary>A batch flattened into the parallel arrays <see cref="JournalSql"/> expects, sorted by grain.</summary>
internal sealed class JournalRows
{
    private JournalRows(PendingAppend[] appends, int eventCount, int keyedCount)
    {
        Appends = appends;
        EventGrains = new string[eventCount];
        Sequences = new long[eventCount];
        EventTypes = new string[eventCount];
        Payloads = new ReadOnlyMemory<byte>[eventCount];
        AppendGrains = new string[appends.Length];
        AppendSizes = new long[appends.Length];
        KeyGrains = new string[keyedCount];
        Keys = new string[keyedCount];
        RequestHashes = new string[keyedCount];
        Results = new byte[]?[keyedCount];
        KeySequences = new long[keyedCount];
    }

    /// <summary>The appends in row order (by grain id, ordinal).</summary>
    public PendingAppend[] Appends { get; }

    public string[] EventGrains { get; }
    public long[] Sequences { get; }
    public string[] EventTypes { get; }
    // Slices of the appenders' pooled buffers, lent until their appends complete, so written as they are.
    public ReadOnlyMemory<byte>[] Payloads { get; }
    public string[] AppendGrains { get; }
    public long[] AppendSizes { get; }
    public string[] KeyGrains { get; }
    public string[] Keys { get; }
    public string[] RequestHashes { get; }
    public byte[]?[] Results { get; } // null where the result is the append's last event
    public long[] KeySequences { get; }

    public static JournalRows From(IReadOnlyList<PendingAppend> batch)
    {
        var appends = batch.ToArray();
        Array.Sort(appends, (a, b) => string.CompareOrdinal(a.GrainKey, b.GrainKey));
        var rows = new JournalRows(appends, appends.Sum(a => a.Append.Events.Count), appends.Count(a => a.Append.Idempotency is not null));
        var row = 0;
        var keyed = 0;
        for (var i = 0; i < appends.Length; i++)
        {
            var append = appends[i].Append;
            rows.AppendGrains[i] = appends[i].GrainKey;
            rows.AppendSizes[i] = append.Events.Count;
            for (var e = 0; e < append.Events.Count; e++, row++)
            {
                rows.EventGrains[row] = appends[i].GrainKey;
                rows.Sequences[row] = append.ExpectedSequence + e + 1;
                rows.EventTypes[row] = append.Events[e].EventType;
                rows.Payloads[row] = append.Events[e].Payload;
            }

            if (append.Idempotency is { } record)
            {
                rows.KeyGrains[keyed] = appends[i].GrainKey;
                rows.Keys[keyed] = record.Key;
                rows.RequestHashes[keyed] = record.RequestHash;
                rows.Results[keyed] = record.ResultInLastEvent ? null : ArrayOf(record.Result);
                rows.KeySequences[keyed] = append.ExpectedSequence + append.Events.Count;
                keyed++;
            }
        }

        return rows;
    }

    // A result stored apart from the events usually comes as a whole array and is passed on as it is; a slice is copied.
    private static byte[] ArrayOf(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();
}
