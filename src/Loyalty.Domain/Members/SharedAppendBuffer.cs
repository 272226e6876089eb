namespace Loyalty.Domain.Members;

/// <summary>
/// The storage behind an immutable list that appends without copying: versions of the list share one array and each
/// knows its own count. The first version to append at a given count writes that slot in place; any other version
/// (one appended to already, such as the state a quote decided from) copies. A version never reads past its own count,
/// so a slot written later is invisible to it.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
internal sealed class SharedAppendBuffer<T>
{
    private readonly T[] _items;

    // How many slots some version has claimed; only grows, by compare-and-swap.
    private int _used;
    private object? _memo;

    private SharedAppendBuffer(T[] items, int used) => (_items, _used) = (items, used);

    /// <summary>A buffer holding <paramref name="items"/>, taken over, not copied.</summary>
    public static SharedAppendBuffer<T> Over(T[] items) => new(items, items.Length);

    /// <summary>
    /// Something the owner derived from a prefix of the items, to pick up where it left off. Slots are written once, so
    /// it stays true for every version that holds that prefix; the owner checks that its version does.
    /// </summary>
    public object? Memo
    {
        get => Volatile.Read(ref _memo);
        set => Volatile.Write(ref _memo, value);
    }

    /// <summary>Item <paramref name="index"/>; the caller's version must hold it.</summary>
    public T this[int index] => _items[index];

    /// <summary>The first <paramref name="count"/> items.</summary>
    public ReadOnlySpan<T> Slice(int count) => _items.AsSpan(0, count);

    /// <summary>The buffer that holds the first <paramref name="count"/> items and then <paramref name="item"/>: this one, or a copy.</summary>
    public SharedAppendBuffer<T> Append(int count, T item)
    {
        if (count < _items.Length && Interlocked.CompareExchange(ref _used, count + 1, count) == count)
        {
            _items[count] = item;
            return this;
        }

        var items = new T[Math.Max(4, count * 2)];
        Array.Copy(_items, items, count);
        items[count] = item;
        return new(items, count + 1);
    }
}
