using System.Collections;
using System.Text.Json.Serialization;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Members;

/// <summary>
/// A member's lots, lot n at index n - 1: an immutable list that appends without copying. Successive versions share
/// one buffer and each sees only its own first <see cref="Count"/> lots. Appending to the newest version writes the
/// buffer's next free slot; appending to a version that was appended to already, or changing a lot, copies. (A quote
/// decides on the newest state and takes the slot, so the purchase after it copies once.)
/// An immutable array copied the whole ledger for every lot credited: three campaign bonuses and the purchase's own
/// points and cashback made five copies per purchase, each as long as the member's history.
/// </summary>
[JsonConverter(typeof(LotLedgerJsonConverter))]
public sealed class LotLedger : IReadOnlyList<Lot>
{
    private readonly SharedBuffer _buffer;

    private LotLedger(SharedBuffer buffer, int count) => (_buffer, Count) = (buffer, count);

    /// <summary>No lots.</summary>
    public static LotLedger Empty { get; } = new(new SharedBuffer([], 0), 0);

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public Lot this[int index] => (uint)index < (uint)Count ? _buffer.Items[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>A ledger holding <paramref name="lots"/>; the array is taken over, not copied.</summary>
    internal static LotLedger Of(Lot[] lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        return lots.Length == 0 ? Empty : new(new SharedBuffer(lots, lots.Length), lots.Length);
    }

    /// <summary>This ledger with <paramref name="lot"/> after its last lot.</summary>
    public LotLedger Add(Lot lot)
    {
        var buffer = _buffer;
        // Claiming the next slot succeeds for the newest version only; the slot is written before the new version
        // exists, and versions that were made earlier never read past their own count.
        if (Count < buffer.Items.Length && Interlocked.CompareExchange(ref buffer.Used, Count + 1, Count) == Count)
        {
            buffer.Items[Count] = lot;
            return new(buffer, Count + 1);
        }

        var items = new Lot[Math.Max(4, Count * 2)];
        AsSpan().CopyTo(items);
        items[Count] = lot;
        return new(new SharedBuffer(items, Count + 1), Count + 1);
    }

    /// <summary>The lots in order.</summary>
    public ReadOnlySpan<Lot> AsSpan() => _buffer.Items.AsSpan(0, Count);

    /// <summary>A copy of the lots, to change and wrap again with <see cref="Of"/>.</summary>
    public Lot[] ToArray() => AsSpan().ToArray();

    /// <summary>Enumerates without allocating.</summary>
    public ReadOnlySpan<Lot>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<Lot> IEnumerable<Lot>.GetEnumerator() => Enumerate();

    IEnumerator IEnumerable.GetEnumerator() => Enumerate();

    private IEnumerator<Lot> Enumerate()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _buffer.Items[i];
        }
    }

    // Mutable on purpose: Used only grows, by compare-and-swap, and Items is only written at the slot just claimed.
    private sealed class SharedBuffer(Lot[] items, int used)
    {
        public readonly Lot[] Items = items;
        public int Used = used;
    }
}
