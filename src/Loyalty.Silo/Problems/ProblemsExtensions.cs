using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace Loyalty.Silo.Problems;

/// <summary>Makes every error an RFC 7807 problem document: bad input names its field, failures reveal nothing.</summary>
public static class ProblemsExtensions
{
    /// <summary>Registers problem details, the exception handlers, strict JSON binding and the body-size limit.</summary>
    public static WebApplicationBuilder AddLoyaltyProblems(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier));
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnhandledExceptionHandler>();
        // Throw binding failures in every environment so the handler above can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(options =>
        {
            var json = options.SerializerOptions;
            // A body may only set what the request type declares (OWASP API3: no mass-assigning balances).
            json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.RespectNullableAnnotations = true;
            json.RespectRequiredConstructorParameters = true;
            // Web defaults read "12.50" as a number; a wrong type is a client error here, not a guess.
            json.NumberHandling = JsonNumberHandling.Strict;
            // Enums travel as names ("points", "cashback"), as the domain's own JSON writes them.
            json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        });
        services.AddOptions<RequestLimitsOptions>().BindConfiguration(RequestLimitsOptions.Section)
            .Validate(limits => limits.MaxRequestBodyBytes > 0, "Loyalty:Http:MaxRequestBodyBytes must be positive.")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>Adds the exception handler, problem bodies for empty error responses, and the body-size limit.</summary>
    public static WebApplication UseLoyaltyProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        // 401, 403, 404, 405 and the like leave the body empty; give them a problem document too.
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        return app;
    }
}
