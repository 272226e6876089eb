using System.Net;
using System.Text;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class HostileInputTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const int Requests = 10_000;

    [Fact]
    public async Task Ten_thousand_malformed_or_hostile_requests_get_4xx_and_change_nothing()
    {
        // Limits high enough that every request reaches validation rather than the rate limiter.
        using var silo = factory.WithWebHostBuilder(host =>
        {
            host.UseSetting("Loyalty:RateLimits:ApiKey:PermitLimit", "1000000");
            host.UseSetting("Loyalty:RateLimits:Token:PermitLimit", "1000000");
        });
        var till = await LoyaltyClient.CreateAsync(silo);
        await till.EnrollAsync("fuzz-ada");
        var marketer = silo.Services.Token(Loyalty.Silo.Security.LoyaltyRoles.Marketer, "mia");
        var before = await StateAsync(till, marketer);
        var hostile = new HostileInput(new Random(20261122));
        var statuses = new Dictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            using var request = Request(i, hostile, marketer, till);
            using var response = await till.Http.SendAsync(request, TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status is >= 400 and < 500, $"request {i} answered {status}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }

        Assert.Equal(before, await StateAsync(till, marketer));
        Assert.False(statuses.ContainsKey(429), "the rate limiter answered instead of validation");
        // Both layers must be reached: binding (400) and the domain's validation (422).
        Assert.True(statuses.ContainsKey(400) && statuses.ContainsKey(422), "refusals seen: " + string.Join(", ", statuses));
    }

    private static HttpRequestMessage Request(int i, HostileInput hostile, string marketer, LoyaltyClient till)
    {
        // One request in ten goes to the marketers' program endpoint with a broken definition, one in ten
        // defines a campaign with broken terms (or under an invalid id); the rest are broken purchases.
        var (body, request) = (i % 10) switch
        {
            9 => (hostile.Purchase($"fuzz-{i}"), new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/program", UriKind.Relative)).WithBearer(marketer)),
            8 => (hostile.Campaign(), new HttpRequestMessage(HttpMethod.Put, new Uri(CampaignPath(i), UriKind.Relative)).WithBearer(marketer)),
            _ => (hostile.Purchase($"fuzz-{i}"), new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/members/fuzz-ada/purchases", UriKind.Relative)).WithApiKey(till.TillKey)),
        };
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        return request;
    }

    private static string CampaignPath(int i) => "/api/v1/campaigns/" + (i % 50 == 8 ? "-bad%20id" : $"fuzz-{i}");

    // The member's journal version moves with every event, and the program's version list with every publish.
    private static async Task<string> StateAsync(LoyaltyClient till, string marketer)
    {
        using var account = await till.GetAsync("/api/v1/members/fuzz-ada");
        using var versions = await till.Http.SendAsync(Credentials.Get("/api/v1/program/versions").WithBearer(marketer), TestContext.Current.CancellationToken);
        using var campaigns = await till.Http.SendAsync(Credentials.Get("/api/v1/campaigns").WithBearer(marketer), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        return await account.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)
               + await versions.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)
               + await campaigns.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
