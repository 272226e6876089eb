namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>Where API keys live, addressed by hash for authentication and by id for administration.</summary>
public interface IApiKeyStore
{
    /// <summary>Finds the key whose secret hashes to <paramref name="hash"/>, revoked or not.</summary>
    ValueTask<ApiKeyRecord?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Stores a newly issued key.</summary>
    ValueTask AddAsync(ApiKeyRecord key, CancellationToken cancellationToken);

    /// <summary>Marks a key revoked; returns <see langword="false"/> when there is no such key.</summary>
    ValueTask<bool> RevokeAsync(string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken);

    /// <summary>All keys, for administration.</summary>
    ValueTask<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken);
}
