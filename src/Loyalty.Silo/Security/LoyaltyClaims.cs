namespace Loyalty.Silo.Security;

/// <summary>Claim types the silo puts on an authenticated caller; endpoints read scope from these.</summary>
public static class LoyaltyClaims
{
    /// <summary>The subject: a member id on member tokens, a staff name on marketer/admin tokens.</summary>
    public const string Subject = "sub";

    /// <summary>The caller's role (<see cref="LoyaltyRoles"/>), on tokens only.</summary>
    public const string Role = "role";

    /// <summary>The retail chain an API key acts for.</summary>
    public const string Chain = "loyalty:chain";

    /// <summary>The store within the chain an API key is limited to, when it is.</summary>
    public const string Store = "loyalty:store";

    /// <summary>The partner an API key acts for.</summary>
    public const string Partner = "loyalty:partner";

    /// <summary>The public id of the API key that authenticated the caller (never the key itself).</summary>
    public const string KeyId = "loyalty:key";
}
