using System.Security.Claims;
using Loyalty.Silo.Security;

namespace Loyalty.Silo.Apis;

/// <summary>The authenticated caller as the API sees it.</summary>
/// <param name="Kind"><c>apiKey</c> or <c>token</c>.</param>
/// <param name="Subject">The key id for keys; the member id or staff name for tokens.</param>
/// <param name="Role">The token's role; <see langword="null"/> for keys.</param>
/// <param name="ChainId">The chain a key acts for.</param>
/// <param name="StoreId">The store a key is limited to.</param>
/// <param name="PartnerId">The partner a key acts for.</param>
public sealed record Caller(string Kind, string? Subject, string? Role, string? ChainId, string? StoreId, string? PartnerId)
{
    /// <summary>Reads the caller from its claims.</summary>
    public static Caller Of(ClaimsPrincipal principal) => principal.FindFirstValue(LoyaltyClaims.KeyId) is { } keyId
        ? new("apiKey", keyId, null, principal.ChainId(), principal.StoreId(), principal.PartnerId())
        : new("token", principal.FindFirstValue(LoyaltyClaims.Subject), principal.FindFirstValue(LoyaltyClaims.Role), null, null, null);
}
