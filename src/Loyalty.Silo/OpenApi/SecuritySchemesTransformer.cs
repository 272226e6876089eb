using Loyalty.Silo.Security;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.Silo.OpenApi;

/// <summary>Declares the two ways to authenticate, so a caller can try every route straight from the document.</summary>
internal sealed class SecuritySchemesTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[LoyaltySchemes.ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "A till or partner key (lk_…), scoped to a chain/store or a partner.",
        };
        document.Components.SecuritySchemes[LoyaltySchemes.Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A member, marketer or admin token.",
        };
        return Task.CompletedTask;
    }
}
