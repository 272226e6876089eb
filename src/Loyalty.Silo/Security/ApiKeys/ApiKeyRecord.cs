namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>A stored API key: its public id, the SHA-256 hash of the secret, and its scope — never the secret.</summary>
/// <param name="KeyId">Public id, safe to log and show (used to revoke the key).</param>
/// <param name="Hash">Lowercase hex SHA-256 of the key (<see cref="ApiKeySecret.Hash"/>).</param>
/// <param name="Scope">What the key may act for.</param>
/// <param name="Description">A note for operators, e.g. "Store 12 tills".</param>
/// <param name="CreatedAt">When the key was issued.</param>
/// <param name="RevokedAt">When the key was revoked; a revoked key authenticates nobody.</param>
public sealed record ApiKeyRecord(
    string KeyId,
    string Hash,
    ApiKeyScope Scope,
    string? Description,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt = null)
{
    /// <summary>Whether the key still authenticates.</summary>
    public bool IsActive => RevokedAt is null;
}
