using System.Net.Http.Json;
using Loyalty.Silo.Apis;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Loyalty.Silo.Tests.Security;

/// <summary>Even at Trace level, no key or token — valid, forged or just issued — reaches the logs.</summary>
public sealed class LogHygieneTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Keys_and_tokens_never_appear_in_the_logs()
    {
        var capture = new CapturingLoggerProvider();
        using var traced = factory.WithWebHostBuilder(host => host
            .UseSetting("Logging:LogLevel:Default", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .ConfigureLogging(logging => logging.AddProvider(capture)));
        using var client = traced.CreateClient();
        var admin = traced.Services.Token(LoyaltyRoles.Admin, "ops");
        var member = traced.Services.Token(LoyaltyRoles.Member, "m-1");
        var unknownKey = ApiKeySecret.Generate();
        var forged = member[..^4] + "AAAA";

        using var issue = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/api-keys", UriKind.Relative))
        {
            Content = JsonContent.Create(new { chainId = "acme" }),
        };
        using var issued = await client.SendAsync(issue.WithBearer(admin), TestContext.Current.CancellationToken);
        var newKey = (await issued.Content.ReadFromJsonAsync<IssuedApiKey>(TestContext.Current.CancellationToken))!.Key;
        foreach (var request in new[]
                 {
                     Credentials.Get("/api/v1/me").WithApiKey(newKey), Credentials.Get("/api/v1/me").WithApiKey(unknownKey),
                     Credentials.Get("/api/v1/me").WithBearer(member), Credentials.Get("/api/v1/me").WithBearer(forged),
                 })
        {
            using (request)
            {
                using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            }
        }

        Assert.NotEmpty(capture.Lines);
        foreach (var secret in new[] { admin, member, forged, newKey, unknownKey, Signature(member) })
        {
            Assert.DoesNotContain(capture.Lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    private static string Signature(string jwt) => jwt[(jwt.LastIndexOf('.') + 1)..];
}
