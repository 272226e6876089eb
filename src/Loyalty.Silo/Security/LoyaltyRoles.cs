namespace Loyalty.Silo.Security;

/// <summary>Roles carried in the <see cref="LoyaltyClaims.Role"/> claim of a bearer token.</summary>
public static class LoyaltyRoles
{
    /// <summary>A loyalty member reading their own account.</summary>
    public const string Member = "member";

    /// <summary>A marketer running programs and campaigns.</summary>
    public const string Marketer = "marketer";

    /// <summary>An operator who issues keys and tokens; also passes every marketer check.</summary>
    public const string Admin = "admin";

    /// <summary>Whether <paramref name="role"/> is one of the roles a token may carry.</summary>
    public static bool IsKnown(string role) => role is Member or Marketer or Admin;
}
