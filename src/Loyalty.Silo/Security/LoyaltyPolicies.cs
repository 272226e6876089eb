namespace Loyalty.Silo.Security;

/// <summary>
/// Authorization policy names: require one with <c>.RequireAuthorization(LoyaltyPolicies.Till)</c>
/// and add <c>.RequireRouteScope()</c> when the route carries a <c>{chainId}</c>, <c>{partnerId}</c> or <c>{memberId}</c>.
/// </summary>
public static class LoyaltyPolicies
{
    /// <summary>An API key scoped to a retail chain (and maybe one store).</summary>
    public const string Till = "Till";

    /// <summary>An API key scoped to a partner.</summary>
    public const string Partner = "Partner";

    /// <summary>A bearer token with the marketer or admin role.</summary>
    public const string Marketer = "Marketer";

    /// <summary>A member's bearer token; its subject is the member id.</summary>
    public const string Member = "Member";

    /// <summary>A bearer token with the admin role.</summary>
    public const string Admin = "Admin";
}
