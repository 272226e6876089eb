using Microsoft.AspNetCore.StaticFiles;

namespace Loyalty.Silo.Hosting;

/// <summary>
/// Security headers for the silo's pages. They hold a bearer token in session storage, so a script injected from
/// anywhere else must not run: only the silo's own scripts and styles load, they talk only to the silo, and no other
/// site may frame them. The pages build their DOM with text nodes, never HTML strings, so data cannot become markup.
/// </summary>
internal static class PageHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Apply(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }
    }
}
