using System.Collections.Concurrent;

namespace Loyalty.Silo.Live;

/// <summary>
/// Counts the live connections on this silo: per member (whose subscriptions <see cref="MemberSubscriptions"/> renews)
/// and of marketers (for whom stats are gathered only while one is connected).
/// </summary>
public sealed class LiveWatchers
{
    private readonly ConcurrentDictionary<string, int> _connections = new(StringComparer.Ordinal);
    private int _marketers;

    /// <summary>Whether any marketer is connected here, so stats are gathered only for someone.</summary>
    public bool MarketersWatch => Volatile.Read(ref _marketers) > 0;

    internal void WatchMarketer() => Interlocked.Increment(ref _marketers);

    internal void UnwatchMarketer() => Interlocked.Decrement(ref _marketers);

    /// <summary>Members with at least one connection here.</summary>
    public IEnumerable<string> Members() => _connections.Keys;

    /// <summary>Whether <paramref name="memberId"/> has at least one connection here.</summary>
    public bool IsWatched(string memberId) => _connections.ContainsKey(memberId);

    internal void Watch(string memberId) => _connections.AddOrUpdate(memberId, 1, (_, count) => count + 1);

    internal void Unwatch(string memberId)
    {
        while (_connections.TryGetValue(memberId, out var count))
        {
            if (count <= 1
                ? _connections.TryRemove(KeyValuePair.Create(memberId, count))
                : _connections.TryUpdate(memberId, count - 1, count))
            {
                return;
            }
        }
    }
}
