namespace Loyalty.Silo.Security.RateLimits;

/// <summary>Per-caller request limits, bound from <c>Loyalty:RateLimits</c>: one fixed window per key, token subject or IP.</summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Loyalty:RateLimits";

    /// <summary>Per API key: tills post at volume (batches count as one request).</summary>
    public WindowLimit ApiKey { get; set; } = new() { PermitLimit = 1000, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Per token subject (member, marketer, admin).</summary>
    public WindowLimit Token { get; set; } = new() { PermitLimit = 100, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Per client IP for callers without valid credentials.</summary>
    public WindowLimit Anonymous { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromSeconds(1) };

    /// <summary>Whether every limit allows at least one request per positive window.</summary>
    public bool IsValid() => new[] { ApiKey, Token, Anonymous }.All(l => l.PermitLimit > 0 && l.Window > TimeSpan.Zero);
}

/// <summary>At most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class WindowLimit
{
    /// <summary>Requests allowed per window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window's length.</summary>
    public TimeSpan Window { get; set; }
}
