using System.Security.Claims;
using System.Text.Encodings.Web;
using Loyalty.Silo.Telemetry;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Security.ApiKeys;

/// <summary>
/// The <c>ApiKey</c> scheme: hashes the presented key, looks the hash up and turns the key's scope
/// into claims. The key itself is never logged; failures name only their reason.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IApiKeyStore store,
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiKeyHeaders.Read(Request.Headers) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        var key = ApiKeySecret.HasKeyShape(presented)
            ? await store.FindByHashAsync(ApiKeySecret.Hash(presented), Context.RequestAborted)
            : null;
        if (key is not { IsActive: true })
        {
            var reason = key is null ? "unknown" : "revoked";
            LoyaltyTelemetry.ApiKeyRejections.Add(1, new KeyValuePair<string, object?>("reason", reason));
            return AuthenticateResult.Fail($"The API key is {reason}.");
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(ClaimsOf(key), Scheme.Name, LoyaltyClaims.KeyId, LoyaltyClaims.Role));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = LoyaltySchemes.ApiKey;
        return base.HandleChallengeAsync(properties);
    }

    private static IEnumerable<Claim> ClaimsOf(ApiKeyRecord key)
    {
        yield return new Claim(LoyaltyClaims.KeyId, key.KeyId);
        if (key.Scope.ChainId is { } chain)
        {
            yield return new Claim(LoyaltyClaims.Chain, chain);
        }

        if (key.Scope.StoreId is { } store)
        {
            yield return new Claim(LoyaltyClaims.Store, store);
        }

        if (key.Scope.PartnerId is { } partner)
        {
            yield return new Claim(LoyaltyClaims.Partner, partner);
        }
    }
}
