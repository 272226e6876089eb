using System.Collections.Concurrent;

namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>Keys in process memory, lost on restart: the embedded default until a PostgreSQL store exists.</summary>
public sealed class InMemoryApiKeyStore : IApiKeyStore
{
    private readonly ConcurrentDictionary<string, ApiKeyRecord> _byHash = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _hashById = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<ApiKeyRecord?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_byHash.GetValueOrDefault(hash));

    /// <inheritdoc />
    public ValueTask AddAsync(ApiKeyRecord key, CancellationToken cancellationToken)
    {
        if (!_hashById.TryAdd(key.KeyId, key.Hash) || !_byHash.TryAdd(key.Hash, key))
        {
            throw new InvalidOperationException($"API key {key.KeyId} already exists.");
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> RevokeAsync(string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        if (!_hashById.TryGetValue(keyId, out var hash))
        {
            return ValueTask.FromResult(false);
        }

        _byHash.AddOrUpdate(hash, _ => throw new InvalidOperationException("index out of step"),
            (_, key) => key.RevokedAt is null ? key with { RevokedAt = revokedAt } : key);
        return ValueTask.FromResult(true);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ApiKeyRecord>>([.. _byHash.Values.OrderBy(k => k.CreatedAt)]);
}
