namespace Loyalty.Domain.Members;

/// <summary>
/// The member's purchases in time order with running totals of net spend and points, so tier qualification sums its
/// rolling window with two binary searches instead of walking every purchase the member ever made (which cost a
/// member with 1,500 purchases more than the rest of a purchase's decision). Derived from
/// <see cref="MemberState.Purchases"/>, never stored. Like <see cref="LotLedger"/>, versions share one buffer and a
/// purchase recorded on the newest version is appended in place; a return, or a purchase recorded earlier than the
/// last one, rebuilds it; a purchase recorded on a version that was appended to already (the state a quote decided
/// from) copies it once.
/// </summary>
internal sealed class PurchaseTimeline
{
    private readonly Entries _entries;

    private PurchaseTimeline(Entries entries, int count) => (_entries, Count) = (entries, count);

    /// <summary>How many purchases it holds.</summary>
    public int Count { get; }

    /// <summary>The timeline of <paramref name="purchases"/>, in any order.</summary>
    public static PurchaseTimeline Of(IEnumerable<PurchaseRecord> purchases)
    {
        var ordered = purchases.OrderBy(purchase => purchase.At).ThenBy(purchase => purchase.TransactionId, StringComparer.Ordinal).ToArray();
        var entries = new Entries(Math.Max(4, ordered.Length * 2));
        for (var i = 0; i < ordered.Length; i++)
        {
            entries.Set(i, ordered[i]);
        }

        entries.Used = ordered.Length;
        return new(entries, ordered.Length);
    }

    /// <summary>This timeline with a new purchase.</summary>
    public PurchaseTimeline Add(PurchaseRecord purchase, IEnumerable<PurchaseRecord> all)
    {
        var entries = _entries;
        if (Count > 0 && purchase.At < entries.At[Count - 1])
        {
            return Of(all);
        }

        // The slot is free only to the first version appending at this count; any other copies.
        if (Count >= entries.Capacity || Interlocked.CompareExchange(ref entries.Used, Count + 1, Count) != Count)
        {
            entries = entries.CopyOf(Count, Math.Max(4, Count * 2));
            entries.Used = Count + 1;
        }

        entries.Set(Count, purchase);
        return new(entries, Count + 1);
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

        var (spendBefore, pointsBefore) = first == 0 ? (0m, 0L) : (_entries.Spend[first - 1], _entries.Points[first - 1]);
        return (_entries.Spend[end - 1] - spendBefore, _entries.Points[end - 1] - pointsBefore);
    }

    // Index of the first purchase recorded after the moment (Count when none is).
    private int FirstAfter(DateTimeOffset moment)
    {
        var (low, high) = (0, Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = _entries.At[middle] <= moment ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    // Parallel arrays of moments and running totals; Used only grows, by compare-and-swap.
    private sealed class Entries(int capacity)
    {
        public readonly DateTimeOffset[] At = new DateTimeOffset[capacity];
        public readonly decimal[] Spend = new decimal[capacity];
        public readonly long[] Points = new long[capacity];
        public int Used;

        public int Capacity => At.Length;

        public Entries CopyOf(int count, int capacity)
        {
            var copy = new Entries(capacity);
            Array.Copy(At, copy.At, count);
            Array.Copy(Spend, copy.Spend, count);
            Array.Copy(Points, copy.Points, count);
            return copy;
        }

        public void Set(int index, PurchaseRecord purchase)
        {
            At[index] = purchase.At;
            Spend[index] = (index == 0 ? 0m : Spend[index - 1]) + purchase.NetSpend;
            Points[index] = (index == 0 ? 0L : Points[index - 1]) + purchase.NetPoints;
        }
    }
}
