namespace Loyalty.Silo.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>, with the API-key and bearer schemes declared.</summary>
public static class OpenApiExtensions
{
    /// <summary>Registers the document and its security transformers.</summary>
    public static WebApplicationBuilder AddLoyaltyOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<SecuritySchemesTransformer>();
            options.AddOperationTransformer<SecurityRequirementsTransformer>();
        });
        return builder;
    }

    /// <summary>Maps <c>/openapi/v1.json</c> (public: it describes the API and holds no data).</summary>
    public static IEndpointRouteBuilder MapLoyaltyOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi().AllowAnonymous();
        return endpoints;
    }
}
