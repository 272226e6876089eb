using Loyalty.Silo.Security.ApiKeys;

namespace Loyalty.Silo.Apis;

/// <summary>Asks for an API key scoped to a chain (optionally one store) or to a partner.</summary>
/// <param name="ChainId">The chain, for till and web-shop keys.</param>
/// <param name="StoreId">One store of the chain, to limit the key to it.</param>
/// <param name="PartnerId">The partner, for partner keys.</param>
/// <param name="Description">A note for operators; do not put secrets or personal data here.</param>
public sealed record IssueApiKeyRequest(string? ChainId = null, string? StoreId = null, string? PartnerId = null, string? Description = null);

/// <summary>A newly issued key: <see cref="Key"/> is shown this once and never stored.</summary>
/// <param name="KeyId">The key's public id (to revoke it).</param>
/// <param name="Key">The secret, <c>lk_…</c>.</param>
/// <param name="Scope">What the key may act for.</param>
/// <param name="CreatedAt">When it was issued.</param>
public sealed record IssuedApiKey(string KeyId, string Key, ApiKeyScope Scope, DateTimeOffset CreatedAt);

/// <summary>A stored key as administrators see it: no secret, no hash.</summary>
/// <param name="KeyId">The key's public id.</param>
/// <param name="Scope">What the key may act for.</param>
/// <param name="Description">The operator's note.</param>
/// <param name="CreatedAt">When it was issued.</param>
/// <param name="RevokedAt">When it was revoked, if it was.</param>
public sealed record ApiKeySummary(string KeyId, ApiKeyScope Scope, string? Description, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>The summary of a stored key.</summary>
    public static ApiKeySummary Of(ApiKeyRecord key) => new(key.KeyId, key.Scope, key.Description, key.CreatedAt, key.RevokedAt);
}

/// <summary>Asks for a bearer token.</summary>
/// <param name="Role"><c>member</c>, <c>marketer</c> or <c>admin</c>.</param>
/// <param name="Subject">The member id for member tokens; a staff name otherwise.</param>
/// <param name="LifetimeMinutes">Shorter (or longer, up to the configured maximum) than the role's default.</param>
public sealed record IssueTokenRequest(string Role, string Subject, int? LifetimeMinutes = null);

/// <summary>A newly issued bearer token.</summary>
/// <param name="Token">The JWT, for <c>Authorization: Bearer …</c>.</param>
/// <param name="Role">The role it carries.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="ExpiresAt">When it stops being accepted.</param>
public sealed record IssuedToken(string Token, string Role, string Subject, DateTimeOffset ExpiresAt);
