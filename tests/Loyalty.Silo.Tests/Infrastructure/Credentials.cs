using System.Net.Http.Headers;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Security.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Silo.Tests.Infrastructure;

/// <summary>Issues real credentials through the host's own issuers, and builds requests that carry them.</summary>
internal static class Credentials
{
    public static string Token(this IServiceProvider services, string role, string subject) =>
        services.GetRequiredService<LoyaltyTokenIssuer>().Issue(role, subject).Token;

    public static async Task<string> KeyAsync(this IServiceProvider services, ApiKeyScope scope) =>
        (await services.GetRequiredService<ApiKeyIssuer>().IssueAsync(scope, "test", TestContext.Current.CancellationToken)).Key;

    public static HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));

    public static HttpRequestMessage WithBearer(this HttpRequestMessage request, string token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    public static HttpRequestMessage WithApiKey(this HttpRequestMessage request, string key)
    {
        request.Headers.Add("X-Api-Key", key);
        return request;
    }
}
