using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Loyalty.Silo.Security.Tokens;

/// <summary>Points the Bearer scheme at the configured key, issuer and audience; nothing else is trusted.</summary>
internal sealed class JwtBearerSetup(IOptions<LoyaltyAuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != LoyaltySchemes.Bearer)
        {
            return;
        }

        // Browsers cannot set headers on a WebSocket: the SignalR client sends the token as access_token.
        // Accepted on the hub's path only, so tokens stay out of URLs (and logs) everywhere else.
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (context.Request.Path.StartsWithSegments("/hubs", StringComparison.Ordinal)
                    && context.Request.Query["access_token"] is { Count: 1 } token)
                {
                    context.Token = token.ToString();
                }

                return Task.CompletedTask;
            },
        };

        var settings = auth.Value;
        // Keep "sub" and "role" as issued instead of mapping them to long WS-* claim URIs.
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            IssuerSigningKey = SigningKeys.From(settings),
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = LoyaltyClaims.Subject,
            RoleClaimType = LoyaltyClaims.Role,
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
