using Loyalty.Silo.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.Silo.OpenApi;

/// <summary>Marks each protected operation with the scheme its policy accepts (keys for tills/partners, bearer otherwise).</summary>
internal sealed class SecurityRequirementsTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any())
        {
            return Task.CompletedTask;
        }

        var policies = metadata.OfType<IAuthorizeData>().Select(data => data.Policy).ToList();
        var schemes = policies.All(policy => policy is LoyaltyPolicies.Till or LoyaltyPolicies.Partner) ? [LoyaltySchemes.ApiKey]
            : policies.All(policy => policy is LoyaltyPolicies.Member or LoyaltyPolicies.Marketer or LoyaltyPolicies.Admin) ? [LoyaltySchemes.Bearer]
            : new[] { LoyaltySchemes.ApiKey, LoyaltySchemes.Bearer };
        operation.Security ??= [];
        foreach (var scheme in schemes)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] });
        }

        return Task.CompletedTask;
    }
}
