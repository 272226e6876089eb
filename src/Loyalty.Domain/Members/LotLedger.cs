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

    /// <summary>
    /// What both wallets' lots add up to at <paramref name="now"/>. Every command's result carries the balances, and a
    /// member's ledger holds every lot not yet expired, so this does not walk them all each time: the sums of the lots
    /// walked last time are kept with the buffer, valid until the first moment one of those lots becomes available or
    /// expires, and only lots appended since are added. Any change to a lot makes a new buffer, so the sums start over.
    /// </summary>
    internal (WalletSums Points, WalletSums Cashback) SumsAt(DateTimeOffset now)
    {
        var (start, points, cashback, until) = _buffer.Memo is LotSums known && known.Count <= Count && known.From <= now && now < known.Until
            ? (known.Count, known.Points, known.Cashback, known.Until)
            : (0, default(WalletSums), default(WalletSums), DateTimeOffset.MaxValue);
        for (var i = start; i < Count; i++)
        {
            var lot = _buffer[i];
            (lot.Wallet == Wallet.Points ? ref points : ref cashback).Add(lot, now);
            until = Min(until, ChangesAfter(lot, now));
        }

        if (start < Count)
        {
            _buffer.Memo = new LotSums(Count, now, until, points, cashback);
        }

        return (points, cashback);
    }

    // The first moment after now at which the lot moves between pending, spendable and expired; an empty lot adds
    // nothing whichever it is.
    private static DateTimeOffset ChangesAfter(Lot lot, DateTimeOffset now)
    {
        var changes = DateTimeOffset.MaxValue;
        if (lot.Remaining > 0 && lot.AvailableAt > now)
        {
            changes = lot.AvailableAt;
        }

        if (lot.Remaining > 0 && lot.ExpiresAt is { } expiry && expiry > now)
        {
            changes = Min(changes, expiry);
        }

        return changes;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

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

    // The first Count lots' sums, valid for any moment in [From, Until).
    private sealed record LotSums(int Count, DateTimeOffset From, DateTimeOffset Until, WalletSums Points, WalletSums Cashback);
}
