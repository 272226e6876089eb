namespace Loyalty.Domain.Members;

/// <summary>
/// The member's purchases in time order with running totals of net spend and points, so tier qualification sums its
/// rolling window with two binary searches instead of walking every purchase the member ever made (which cost a
/// member with 1,500 purchases more than the rest of a purchase's decision). Derived from
/// <see cref="MemberState.Purchases"/>, never stored. Versions share a <see cref="SharedAppendBuffer{T}"/>, so a
/// purchase is appended in place; a return, or a purchase recorded earlier than the last one, rebuilds it.
/// </summary>
internal sealed class PurchaseTimeline
{
    private readonly SharedAppendBuffer<Entry> _entries;

    private PurchaseTimeline(SharedAppendBuffer<Entry> entries, int count) => (_entries, Count) = (entries, count);

    /// <summary>How many purchases it holds.</summary>
    public int Count { get; }

    /// <summary>The timeline of <paramref name="purchases"/>, in any order.</summary>
    public static PurchaseTimeline Of(IEnumerable<PurchaseRecord> purchases)
    {
        var ordered = purchases.OrderBy(purchase => purchase.At).ThenBy(purchase => purchase.TransactionId, StringComparer.Ordinal).ToArray();
        var entries = new Entry[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            entries[i] = Entry.After(i == 0 ? default : entries[i - 1], ordered[i]);
        }

        return new(SharedAppendBuffer<Entry>.Over(entries), entries.Length);
    }

    /// <summary>This timeline with a new purchase; <paramref name="all"/> are every purchase including it.</summary>
    public PurchaseTimeline Add(PurchaseRecord purchase, IEnumerable<PurchaseRecord> all)
    {
        var last = Count == 0 ? default : _entries[Count - 1];
        return Count > 0 && purchase.At < last.At
            ? Of(all)
            : new(_entries.Append(Count, Entry.After(last, purchase)), Count + 1);
    }

    /// <summary>Net spend and points of the purchases recorded after <paramref name="after"/> and up to <paramref name="upTo"/>.</summary>
    public (decimal Spend, long Points) Between(DateTimeOffset after, DateTimeOffset upTo)
    {
        var first = FirstAfter(after);
        var end = FirstAfter(upTo);
        if (end <= first)
        {
            return (0m, 0);
        }

        var before = first == 0 ? default : _entries[first - 1];
        var through = _entries[end - 1];
        return (through.Spend - before.Spend, through.Points - before.Points);
    }

    // Index of the first purchase recorded after the moment (Count when none is).
    private int FirstAfter(DateTimeOffset moment)
    {
        var (low, high) = (0, Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _entries[middle].At <= moment ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    // One purchase's moment and the running totals through it.
    private readonly record struct Entry(DateTimeOffset At, decimal Spend, long Points)
    {
        public static Entry After(Entry previous, PurchaseRecord purchase) =>
            new(purchase.At, previous.Spend + purchase.NetSpend, previous.Points + purchase.NetPoints);
    }
}
