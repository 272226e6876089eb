using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Security;

/// <summary>The default CORS policy: only configured origins, so an unconfigured silo sends no allow-origin header.</summary>
internal sealed class CorsSetup(IOptions<CorsOriginsOptions> origins) : IConfigureOptions<CorsOptions>
{
    public void Configure(CorsOptions options) =>
        options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins.Value.AllowedOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("Retry-After"));
}
