namespace Loyalty.Silo.Security;

/// <summary>Browser origins allowed to call the API, bound from <c>Loyalty:Cors</c>; none by default.</summary>
public sealed class CorsOriginsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Loyalty:Cors";

    /// <summary>Exact origins (<c>https://app.example.com</c>); empty keeps cross-origin calls closed.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
