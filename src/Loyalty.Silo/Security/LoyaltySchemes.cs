using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Loyalty.Silo.Security;

/// <summary>Authentication scheme names.</summary>
public static class LoyaltySchemes
{
    /// <summary>Till and partner API keys (<c>X-Api-Key</c> or <c>Authorization: ApiKey …</c>).</summary>
    public const string ApiKey = "ApiKey";

    /// <summary>Member, marketer and admin JWTs (<c>Authorization: Bearer …</c>).</summary>
    public const string Bearer = JwtBearerDefaults.AuthenticationScheme;

    /// <summary>The default scheme: picks <see cref="ApiKey"/> or <see cref="Bearer"/> from the request's headers.</summary>
    public const string ApiKeyOrBearer = "ApiKeyOrBearer";
}
