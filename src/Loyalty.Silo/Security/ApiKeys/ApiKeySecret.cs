using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>Makes and hashes API keys: <c>lk_</c> plus 32 random bytes, base64url; only the SHA-256 hash is ever stored.</summary>
public static class ApiKeySecret
{
    /// <summary>The prefix every key starts with, so a leaked key is recognisable in a secret scanner.</summary>
    public const string Prefix = "lk_";

    private const int RandomBytes = 32;
    private const int MaxLength = 128;

    /// <summary>A new random key (the plaintext the caller gets exactly once).</summary>
    public static string Generate() => Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>
    /// The lowercase hex SHA-256 of <paramref name="key"/>. A plain fast hash is enough: the key carries
    /// 256 random bits, so there is nothing to brute-force, and lookups stay cheap on the hot path.
    /// </summary>
    public static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="candidate"/> has the shape of a key (checked before hashing anything).</summary>
    public static bool HasKeyShape(string candidate) =>
        candidate.Length is > 3 and <= MaxLength && candidate.StartsWith(Prefix, StringComparison.Ordinal);
}
