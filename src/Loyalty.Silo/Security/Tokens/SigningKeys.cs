using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.Silo.Security.Tokens;

/// <summary>Turns the configured key into credentials, and makes throwaway keys for development.</summary>
internal static class SigningKeys
{
    public static SymmetricSecurityKey From(LoyaltyAuthOptions options) => new(Encoding.UTF8.GetBytes(options.SigningKey));

    public static SigningCredentials CredentialsFrom(LoyaltyAuthOptions options) =>
        new(From(options), SecurityAlgorithms.HmacSha256);

    /// <summary>48 random bytes as base64 (64 characters): comfortably above the 32-byte minimum.</summary>
    public static string Random() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
