using System.Security.Claims;

namespace Loyalty.Silo.Security;

/// <summary>
/// Answers "may this caller act for that chain, store, partner or member?" from the caller's claims
/// alone (OWASP API1). Staff tokens (marketer, admin) act for everything; an API key only for its
/// own chain/store or partner; a member only for themselves. Use it in a handler when the scope is in
/// the body; <see cref="RouteScopeExtensions.RequireRouteScope{TBuilder}"/> applies it to route values.
/// </summary>
public static class CallerScope
{
    /// <summary>Whether the caller holds a marketer or admin token.</summary>
    public static bool IsStaff(this ClaimsPrincipal caller) =>
        caller.IsInRole(LoyaltyRoles.Marketer) || caller.IsInRole(LoyaltyRoles.Admin);

    /// <summary>The chain an API key is scoped to, or <see langword="null"/>.</summary>
    public static string? ChainId(this ClaimsPrincipal caller) => caller.FindFirstValue(LoyaltyClaims.Chain);

    /// <summary>The store an API key is limited to, or <see langword="null"/> for a chain-wide key.</summary>
    public static string? StoreId(this ClaimsPrincipal caller) => caller.FindFirstValue(LoyaltyClaims.Store);

    /// <summary>The partner an API key is scoped to, or <see langword="null"/>.</summary>
    public static string? PartnerId(this ClaimsPrincipal caller) => caller.FindFirstValue(LoyaltyClaims.Partner);

    /// <summary>The member id of a member token, or <see langword="null"/> for any other caller.</summary>
    public static string? MemberId(this ClaimsPrincipal caller) =>
        caller.IsInRole(LoyaltyRoles.Member) ? caller.FindFirstValue(LoyaltyClaims.Subject) : null;

    /// <summary>Whether the caller may act for <paramref name="chainId"/>.</summary>
    public static bool MayActForChain(this ClaimsPrincipal caller, string chainId) =>
        caller.IsStaff() || string.Equals(caller.ChainId(), chainId, StringComparison.Ordinal);

    /// <summary>Whether the caller may act for <paramref name="storeId"/>: a store-limited key only for its store.</summary>
    public static bool MayActForStore(this ClaimsPrincipal caller, string storeId) =>
        caller.IsStaff() || (caller.ChainId() is not null && (caller.StoreId() ?? storeId) == storeId);

    /// <summary>Whether the caller may act for <paramref name="partnerId"/>.</summary>
    public static bool MayActForPartner(this ClaimsPrincipal caller, string partnerId) =>
        caller.IsStaff() || string.Equals(caller.PartnerId(), partnerId, StringComparison.Ordinal);

    /// <summary>
    /// Whether the caller may act for <paramref name="memberId"/>: a member only for themselves. Keys
    /// pass here because tills look members up; whether a member belongs to the key's chain is the
    /// member grain's to decide.
    /// </summary>
    public static bool MayActForMember(this ClaimsPrincipal caller, string memberId) =>
        caller.IsStaff()
        || caller.ChainId() is not null
        || caller.PartnerId() is not null
        || string.Equals(caller.MemberId(), memberId, StringComparison.Ordinal);
}
