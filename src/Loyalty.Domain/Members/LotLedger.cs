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
    private readonly SharedAppendBuffer<Lot> _buffer;

    private LotLedger(SharedAppendBuffer<Lot> buffer, int count) => (_buffer, Count) = (buffer, count);

    /// <summary>No lots.</summary>
    public static LotLedger Empty { get; } = new(SharedAppendBuffer<Lot>.Over([]), 0);

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public Lot this[int index] => (uint)index < (uint)Count ? _buffer[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>This ledger with <paramref name="lot"/> after its last lot.</summary>
    public LotLedger Add(Lot lot) => new(_buffer.Append(Count, lot), Count + 1);

    /// <summary>The lots in order.</summary>
    public ReadOnlySpan<Lot> AsSpan() => _buffer.Slice(Count);

    /// <summary>A copy of the lots, to change and wrap again with <see cref="Of"/>.</summary>
    public Lot[] ToArray() => AsSpan().ToArray();

    /// <summary>Enumerates without allocating.</summary>
    public ReadOnlySpan<Lot>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    IEnumerator<Lot> IEnumerable<Lot>.GetEnumerator() => Enumerate();

    IEnumerator IEnumerable.GetEnumerator() => Enumerate();

    /// <summary>A ledger holding <paramref name="lots"/>; the array is taken over, not copied.</summary>
    internal static LotLedger Of(Lot[] lots)
    {
        ArgumentNullException.ThrowIfNull(lots);
        return lots.Length == 0 ? Empty : new(SharedAppendBuffer<Lot>.Over(lots), lots.Length);
    }

    private IEnumerator<Lot> Enumerate()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _buffer[i];
        }
    }
}
