namespace Loyalty.Silo.Security.Tokens;

/// <summary>Bearer-token settings, bound from <c>Loyalty:Auth</c> and validated on start.</summary>
public sealed class LoyaltyAuthOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Loyalty:Auth";

    /// <summary>The HMAC-SHA256 signing key; its UTF-8 bytes must number at least 32. Keep it out of source control.</summary>
    public string SigningKey { get; set; } = string.Empty;

    /// <summary>The <c>iss</c> every token carries and every check demands.</summary>
    public string Issuer { get; set; } = "loyalty-silo";

    /// <summary>The <c>aud</c> every token carries and every check demands.</summary>
    public string Audience { get; set; } = "loyalty-api";

    /// <summary>How long a member token lives unless the issuer asks for less.</summary>
    public TimeSpan MemberTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a marketer or admin token lives unless the issuer asks for less.</summary>
    public TimeSpan StaffTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The longest lifetime an issuer may ask for.</summary>
    public TimeSpan MaxTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>When true, an admin token is printed to standard output at start (to issue the first real credentials).</summary>
    public bool BootstrapAdmin { get; set; }
}
