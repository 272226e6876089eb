using System.Security.Cryptography;

namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>Issues keys: generates the secret, stores only its hash, hands the plaintext back once.</summary>
public sealed class ApiKeyIssuer(IApiKeyStore store, TimeProvider time)
{
    /// <summary>Issues a key for <paramref name="scope"/>; the returned plaintext is not kept anywhere.</summary>
    public async Task<(string Key, ApiKeyRecord Record)> IssueAsync(
        ApiKeyScope scope, string? description, CancellationToken cancellationToken)
    {
        if (scope.Problem() is { } problem)
        {
            throw new ArgumentException(problem.Message, nameof(scope));
        }

        var key = ApiKeySecret.Generate();
        var keyId = "key_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var record = new ApiKeyRecord(keyId, ApiKeySecret.Hash(key), scope, description, time.GetUtcNow());
        await store.AddAsync(record, cancellationToken);
        return (key, record);
    }
}
