using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

/// <summary>A till's view of a running silo: its key, JSON helpers and the common requests.</summary>
internal sealed class LoyaltyClient(HttpClient http, string tillKey, IServiceProvider services)
{
    public static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public HttpClient Http { get; } = http;

    public string TillKey { get; } = tillKey;

    public IServiceProvider Services { get; } = services;

    public static async Task<LoyaltyClient> CreateAsync(WebApplicationFactory<Program> factory)
    {
        var http = factory.CreateClient();
        var key = await factory.Services.KeyAsync(new ApiKeyScope("acme", null, null));
        return new LoyaltyClient(http, key, factory.Services);
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) }.WithApiKey(TillKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>A request under a bearer token (a marketer's, a member's) instead of the till key.</summary>
    public Task<HttpResponseMessage> SendWithTokenAsync(string token, HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)).WithBearer(token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Defines a flash campaign paying <paramref name="fixedBonus"/> per purchase for the next hour and launches it; returns the launch answer.</summary>
    public async Task<HttpStatusCode> LaunchBonusCampaignAsync(string marketerToken, string campaignId, string name, long fixedBonus, long budget = 1_000)
    {
        using var defined = await SendWithTokenAsync(marketerToken, HttpMethod.Put, $"/api/v1/campaigns/{campaignId}", new
        {
            name,
            startsAt = Now.AddMinutes(-1),
            endsAt = Now.AddHours(1),
            effect = new { fixedBonus },
            budget,
        });
        using var launched = await SendWithTokenAsync(marketerToken, HttpMethod.Post, $"/api/v1/campaigns/{campaignId}/launch");
        return launched.StatusCode;
    }

    public Task<HttpResponseMessage> GetAsync(string path) =>
        Http.SendAsync(Credentials.Get(path).WithApiKey(TillKey), TestContext.Current.CancellationToken);

    public async Task EnrollAsync(string memberId)
    {
        using var response = await PostAsync("/api/v1/members", new { memberId, transactionId = $"enroll-{memberId}" });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    public async Task<long> PointsOfAsync(string memberId)
    {
        using var response = await GetAsync($"/api/v1/members/{memberId}");
        var account = await JsonAsync(response);
        return account.GetProperty("balances").GetProperty("points").GetProperty("total").GetInt64();
    }

    public static object Purchase(string transactionId, decimal amount, string currency = "EUR", DateTimeOffset? at = null, object[]? lines = null) => new
    {
        transactionId,
        occurredAt = at ?? Now,
        storeId = "store-1",
        channel = "store",
        currency,
        lines = lines ?? [new { lineId = "1", sku = "BREAD", category = "bakery", quantity = 1, amount }],
    };

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.Clone();
    }
}
