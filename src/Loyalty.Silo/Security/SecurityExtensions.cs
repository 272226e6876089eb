using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Security.RateLimits;
using Loyalty.Silo.Security.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Security;

/// <summary>Registers authentication (API keys, JWTs), the <see cref="LoyaltyPolicies"/>, rate limits and CORS.</summary>
public static class SecurityExtensions
{
    /// <summary>
    /// Adds the silo's security services. In Development, a missing <c>Loyalty:Auth:SigningKey</c> is
    /// replaced by a random one (tokens then die with the process); elsewhere start-up fails without one.
    /// </summary>
    public static WebApplicationBuilder AddLoyaltySecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (builder.Environment.IsDevelopment()
            && string.IsNullOrEmpty(builder.Configuration[$"{LoyaltyAuthOptions.Section}:SigningKey"]))
        {
            builder.Configuration.AddInMemoryCollection([new($"{LoyaltyAuthOptions.Section}:SigningKey", SigningKeys.Random())]);
            services.AddHostedService<GeneratedSigningKeyWarning>();
        }

        services.AddOptions<LoyaltyAuthOptions>().BindConfiguration(LoyaltyAuthOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LoyaltyAuthOptions>, LoyaltyAuthOptionsValidator>();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .Validate(limits => limits.IsValid(), "Every rate limit needs a positive PermitLimit and Window.")
            .ValidateOnStart();
        services.AddOptions<CorsOriginsOptions>().BindConfiguration(CorsOriginsOptions.Section).ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IApiKeyStore, InMemoryApiKeyStore>();
        services.AddSingleton<ApiKeyIssuer>();
        services.AddSingleton<LoyaltyTokenIssuer>();
        services.AddHostedService<BootstrapAdminToken>();

        services.AddAuthentication(LoyaltySchemes.ApiKeyOrBearer)
            .AddPolicyScheme(LoyaltySchemes.ApiKeyOrBearer, "API key or bearer token", scheme =>
                scheme.ForwardDefaultSelector = context =>
                    ApiKeyHeaders.Present(context.Request.Headers) ? LoyaltySchemes.ApiKey : LoyaltySchemes.Bearer)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(LoyaltySchemes.ApiKey, null)
            .AddJwtBearer(LoyaltySchemes.Bearer, _ => { });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, JwtBearerSetup>();
        services.AddAuthorizationBuilder().AddLoyaltyPolicies();

        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, RateLimiterSetup>();
        services.AddCors();
        services.AddSingleton<IConfigureOptions<CorsOptions>, CorsSetup>();
        return builder;
    }

    /// <summary>Adds CORS, authentication, rate limiting and authorization to the pipeline, in that order.</summary>
    public static WebApplication UseLoyaltySecurity(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        // After authentication, so the limiter partitions by who the caller is; before authorization,
        // so a flood of bad credentials is limited per IP instead of costing a 401 each forever.
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
