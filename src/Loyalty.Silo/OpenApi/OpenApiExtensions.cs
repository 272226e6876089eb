namespace Loyalty.Silo.OpenApi;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>, with the API-key and bearer schemes declared.</summary>
public static class OpenApiExtensions
{
    /// <summary>Registers the document, its security transformers and request examples.</summary>
    public static WebApplicationBuilder AddLoyaltyOpenApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<SecuritySchemesTransformer>();
            options.AddOperationTransformer<SecurityRequirementsTransformer>();
            options.AddOperationTransformer<RequestExamplesTransformer>();
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
