namespace Loyalty.Silo.Problems;

/// <summary>HTTP request limits, bound from <c>Loyalty:Http</c>.</summary>
public sealed class RequestLimitsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Loyalty:Http";

    /// <summary>The largest request body accepted, in bytes (1 MiB holds a 1,000-purchase batch).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
