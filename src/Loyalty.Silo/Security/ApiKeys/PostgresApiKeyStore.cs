using System.Collections.Concurrent;
using Npgsql;

namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>
/// Keys in PostgreSQL (table <c>api_keys</c>, created by the runtime's schema migrations), so they survive
/// restarts and every silo sees the same keys. Keys found are remembered for <see cref="CacheFor"/> so a
/// till's every request does not cost a database round trip; a revocation therefore reaches other silos
/// within that time and this silo at once.
/// </summary>
public sealed class PostgresApiKeyStore(NpgsqlDataSource dataSource, TimeProvider time) : IApiKeyStore
{
    /// <summary>How long a key found stays cached.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(10);

    private const string Columns = "key_id, hash, chain_id, store_id, partner_id, description, created_at, revoked_at";

    private readonly ConcurrentDictionary<string, (ApiKeyRecord Key, DateTimeOffset Until)> _found = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async ValueTask<ApiKeyRecord?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_found.TryGetValue(hash, out var cached) && cached.Until > now)
        {
            return cached.Key;
        }

        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys WHERE hash = $1");
        command.Parameters.Add(new() { Value = hash });
        var key = (await ReadAsync(command, cancellationToken)).SingleOrDefault();
        if (key is not null)
        {
            _found[hash] = (key, now + CacheFor);
        }

        return key;
    }

    /// <inheritdoc />
    public async ValueTask AddAsync(ApiKeyRecord key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = dataSource.CreateCommand($"INSERT INTO api_keys ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)");
        foreach (var value in new object?[] { key.KeyId, key.Hash, key.Scope.ChainId, key.Scope.StoreId, key.Scope.PartnerId, key.Description, key.CreatedAt, key.RevokedAt })
        {
            command.Parameters.Add(new() { Value = value ?? DBNull.Value });
        }

        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new InvalidOperationException($"API key {key.KeyId} already exists.", e);
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> RevokeAsync(string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        // The first revocation's time stands; revoking again only confirms the key exists.
        await using var command = dataSource.CreateCommand(
            "UPDATE api_keys SET revoked_at = coalesce(revoked_at, $2) WHERE key_id = $1 RETURNING hash");
        command.Parameters.Add(new() { Value = keyId });
        command.Parameters.Add(new() { Value = revokedAt });
        if (await command.ExecuteScalarAsync(cancellationToken) is not string hash)
        {
            return false;
        }

        _found.TryRemove(hash, out _);
        return true;
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM api_keys ORDER BY created_at, key_id");
        return await ReadAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<ApiKeyRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var keys = new List<ApiKeyRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
            keys.Add(new ApiKeyRecord(
                reader.GetString(0),
                reader.GetString(1),
                new ApiKeyScope(Text(2), Text(3), Text(4)),
                Text(5),
                reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return keys;
    }
}
