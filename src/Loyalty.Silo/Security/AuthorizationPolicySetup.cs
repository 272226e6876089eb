using Microsoft.AspNetCore.Authorization;

namespace Loyalty.Silo.Security;

/// <summary>Defines the <see cref="LoyaltyPolicies"/>; each names its scheme so a token can never pass as a key or back.</summary>
internal static class AuthorizationPolicySetup
{
    public static void AddLoyaltyPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(LoyaltyPolicies.Till, policy => policy
            .AddAuthenticationSchemes(LoyaltySchemes.ApiKey)
            .RequireClaim(LoyaltyClaims.Chain))
        .AddPolicy(LoyaltyPolicies.Partner, policy => policy
            .AddAuthenticationSchemes(LoyaltySchemes.ApiKey)
            .RequireClaim(LoyaltyClaims.Partner))
        .AddPolicy(LoyaltyPolicies.Marketer, policy => policy
            .AddAuthenticationSchemes(LoyaltySchemes.Bearer)
            .RequireRole(LoyaltyRoles.Marketer, LoyaltyRoles.Admin))
        .AddPolicy(LoyaltyPolicies.Member, policy => policy
            .AddAuthenticationSchemes(LoyaltySchemes.Bearer)
            .RequireRole(LoyaltyRoles.Member)
            .RequireClaim(LoyaltyClaims.Subject))
        .AddPolicy(LoyaltyPolicies.Admin, policy => policy
            .AddAuthenticationSchemes(LoyaltySchemes.Bearer)
            .RequireRole(LoyaltyRoles.Admin));
}
