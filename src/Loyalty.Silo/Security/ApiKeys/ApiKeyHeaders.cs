using Microsoft.Net.Http.Headers;

namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>Where a caller may put its key: <c>X-Api-Key: lk_…</c> or <c>Authorization: ApiKey lk_…</c>.</summary>
internal static class ApiKeyHeaders
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string AuthorizationPrefix = LoyaltySchemes.ApiKey + " ";

    /// <summary>Whether the request carries a key (decides the scheme before any key is checked).</summary>
    public static bool Present(IHeaderDictionary headers) => Read(headers) is not null;

    /// <summary>The presented key, or <see langword="null"/>.</summary>
    public static string? Read(IHeaderDictionary headers)
    {
        if (headers.TryGetValue(ApiKeyHeader, out var header) && !string.IsNullOrWhiteSpace(header))
        {
            return header.ToString().Trim();
        }

        var authorization = headers[HeaderNames.Authorization].ToString();
        return authorization.StartsWith(AuthorizationPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[AuthorizationPrefix.Length..].Trim()
            : null;
    }
}
