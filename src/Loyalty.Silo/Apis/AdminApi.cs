using Loyalty.Silo.Problems;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Security.Tokens;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Apis;

/// <summary><c>/api/v1/admin</c>: issue and revoke API keys, issue bearer tokens. Admin tokens only.</summary>
public static class AdminApi
{
    /// <summary>Maps the admin routes.</summary>
    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/api/v1/admin").RequireAuthorization(LoyaltyPolicies.Admin).WithTags("Admin");
        admin.MapPost("/api-keys", IssueApiKeyAsync)
            .WithName("IssueApiKey")
            .WithSummary("Issue a till or partner API key; the secret is returned once and only its hash is kept.");
        admin.MapGet("/api-keys", ListApiKeysAsync)
            .WithName("ListApiKeys")
            .WithSummary("List API keys with their scope and state (no secrets).");
        admin.MapDelete("/api-keys/{keyId}", RevokeApiKeyAsync)
            .WithName("RevokeApiKey")
            .WithSummary("Revoke an API key; it stops authenticating at once.");
        admin.MapPost("/tokens", IssueToken)
            .WithName("IssueToken")
            .WithSummary("Issue a member, marketer or admin bearer token.");
        return endpoints;
    }

    private static async Task<Results<Created<IssuedApiKey>, ValidationProblem>> IssueApiKeyAsync(
        IssueApiKeyRequest request, ApiKeyIssuer issuer, CancellationToken cancellationToken)
    {
        var scope = new ApiKeyScope(request.ChainId, request.StoreId, request.PartnerId);
        if (scope.Problem() is { } problem)
        {
            return Validation.Problem(Validation.Field(problem.Field), problem.Message);
        }

        var (key, record) = await issuer.IssueAsync(scope, request.Description, cancellationToken);
        return TypedResults.Created($"/api/v1/admin/api-keys/{record.KeyId}", new IssuedApiKey(record.KeyId, key, record.Scope, record.CreatedAt));
    }

    private static async Task<Ok<ApiKeySummary[]>> ListApiKeysAsync(IApiKeyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(ApiKeySummary.Of).ToArray());

    private static async Task<Results<NoContent, NotFound>> RevokeApiKeyAsync(
        string keyId, IApiKeyStore store, TimeProvider time, CancellationToken cancellationToken) =>
        await store.RevokeAsync(keyId, time.GetUtcNow(), cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static Results<Ok<IssuedToken>, ValidationProblem> IssueToken(
        IssueTokenRequest request, LoyaltyTokenIssuer issuer, IOptions<LoyaltyAuthOptions> options)
    {
        if (!LoyaltyRoles.IsKnown(request.Role))
        {
            return Validation.Problem(Validation.Field("role"), "Use member, marketer or admin.");
        }

        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            return Validation.Problem(Validation.Field("subject"), "The subject (the member id for members) is required.");
        }

        var lifetime = request.LifetimeMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
        if (lifetime is { } span && (span <= TimeSpan.Zero || span > options.Value.MaxTokenLifetime))
        {
            return Validation.Problem(Validation.Field("lifetimeMinutes"), $"Use 1 to {options.Value.MaxTokenLifetime.TotalMinutes:0} minutes.");
        }

        var (token, expiresAt) = issuer.Issue(request.Role, request.Subject, lifetime);
        return TypedResults.Ok(new IssuedToken(token, request.Role, request.Subject, expiresAt));
    }
}
