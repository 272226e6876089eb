using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.Silo.Security.Tokens;

/// <summary>Issues signed JWTs for members, marketers and admins, matching what the Bearer scheme validates.</summary>
public sealed class LoyaltyTokenIssuer(IOptions<LoyaltyAuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>A token for <paramref name="role"/> whose subject is <paramref name="subject"/> (the member id for members).</summary>
    /// <returns>The token and the moment it expires.</returns>
    public (string Token, DateTimeOffset ExpiresAt) Issue(string role, string subject, TimeSpan? lifetime = null)
    {
        if (!LoyaltyRoles.IsKnown(role))
        {
            throw new ArgumentException($"Unknown role '{role}'.", nameof(role));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var settings = options.Value;
        var span = lifetime ?? (role == LoyaltyRoles.Member ? settings.MemberTokenLifetime : settings.StaffTokenLifetime);
        if (span <= TimeSpan.Zero || span > settings.MaxTokenLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), "The lifetime must be positive and within MaxTokenLifetime.");
        }

        var now = time.GetUtcNow();
        var expires = now + span;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [LoyaltyClaims.Subject] = subject,
                [LoyaltyClaims.Role] = role,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = SigningKeys.CredentialsFrom(settings),
        });
        return (token, expires);
    }
}
