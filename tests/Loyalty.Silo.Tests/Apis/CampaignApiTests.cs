using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class CampaignApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static object Terms(long budget = 10_000, decimal? multiplier = 3m, long? fixedBonus = null, string? category = null) => new
    {
        name = "Triple bakery",
        startsAt = LoyaltyClient.Now.AddMinutes(-1),
        endsAt = LoyaltyClient.Now.AddHours(4),
        effect = new { multiplier, fixedBonus },
        budget,
        targeting = category is null ? null : new { categories = new[] { category } },
    };

    [Fact]
    public async Task A_launched_campaign_pays_the_next_purchase_shows_it_in_stats_and_a_stop_ends_it()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("c-ada");

        using var defined = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/triple", Terms(category: "bakery"));
        using var launched = await SendAsync(HttpMethod.Post, "/api/v1/campaigns/triple/launch");
        using var bought = await till.PostAsync("/api/v1/members/c-ada/purchases", LoyaltyClient.Purchase("c-t1", 10m));
        var purchase = await LoyaltyClient.JsonAsync(bought);
        using var stats = await SendAsync(HttpMethod.Get, "/api/v1/campaigns/triple");
        using var stopped = await SendAsync(HttpMethod.Post, "/api/v1/campaigns/triple/stop");
        using var after = await till.PostAsync("/api/v1/members/c-ada/purchases", LoyaltyClient.Purchase("c-t2", 10m));
        using var list = await SendAsync(HttpMethod.Get, "/api/v1/campaigns");

        Assert.Equal(HttpStatusCode.OK, defined.StatusCode);
        Assert.Equal("draft", (await LoyaltyClient.JsonAsync(defined)).GetProperty("phase").GetString());
        Assert.Equal("live", (await LoyaltyClient.JsonAsync(launched)).GetProperty("phase").GetString());
        var bonus = CampaignEffects(purchase, "triple").Single();
        Assert.Equal("triple", bonus.GetProperty("source").GetString());
        Assert.True(bonus.GetProperty("amount").GetDecimal() > 0);
        var live = await LoyaltyClient.JsonAsync(stats);
        Assert.Equal(bonus.GetProperty("amount").GetDecimal(), live.GetProperty("totals").GetProperty("awarded").GetDecimal());
        Assert.Equal(10_000 - bonus.GetProperty("amount").GetInt64(), live.GetProperty("budgetLeft").GetInt64());
        Assert.Equal(1, live.GetProperty("totals").GetProperty("participants").GetInt64());
        Assert.Equal("stopped", (await LoyaltyClient.JsonAsync(stopped)).GetProperty("phase").GetString());
        Assert.Empty(CampaignEffects(await LoyaltyClient.JsonAsync(after), "triple"));
        Assert.Contains("triple", (await LoyaltyClient.JsonAsync(list)).EnumerateArray().Select(c => c.GetProperty("campaignId").GetString()));
    }

    [Fact]
    public async Task Invalid_terms_are_refused_naming_the_field_and_nothing_is_defined()
    {
        using var bothEffects = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/bad-1", Terms(multiplier: 2m, fixedBonus: 50));
        using var noBudget = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/bad-2", Terms(budget: 0));
        using var hugeBudget = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/bad-3", Terms(budget: long.MaxValue));
        using var badId = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/-nope", Terms());
        using var unknownField = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/bad-4", new { name = "x", budget = 1, awarded = 5 });
        using var lookup = await SendAsync(HttpMethod.Get, "/api/v1/campaigns/bad-1");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, bothEffects.StatusCode);
        Assert.True((await LoyaltyClient.JsonAsync(bothEffects)).GetProperty("errors").TryGetProperty("$.effect", out _));
        Assert.True((await LoyaltyClient.JsonAsync(noBudget)).GetProperty("errors").TryGetProperty("$.budget", out _));
        Assert.Equal(HttpStatusCode.BadRequest, hugeBudget.StatusCode);
        Assert.True((await LoyaltyClient.JsonAsync(hugeBudget)).GetProperty("errors").TryGetProperty("$.budget", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
    }

    [Fact]
    public async Task Lifecycle_commands_out_of_order_conflict_and_unknown_campaigns_are_not_found()
    {
        using var defined = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/order", Terms());
        using var launched = await SendAsync(HttpMethod.Post, "/api/v1/campaigns/order/launch");
        using var redefined = await SendAsync(HttpMethod.Put, "/api/v1/campaigns/order", Terms(budget: 99));
        using var relaunched = await SendAsync(HttpMethod.Post, "/api/v1/campaigns/order/launch");
        using var unknown = await SendAsync(HttpMethod.Post, "/api/v1/campaigns/never-defined/launch");
        using var status = await SendAsync(HttpMethod.Get, "/api/v1/campaigns/order");

        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, redefined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, relaunched.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(10_000, (await LoyaltyClient.JsonAsync(status)).GetProperty("definition").GetProperty("budget").GetInt64());
    }

    [Fact]
    public async Task Only_marketers_run_campaigns()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        var member = factory.Services.Token(LoyaltyRoles.Member, "c-bob");

        using var byTill = await till.Http.SendAsync(
            new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/campaigns/sneaky", UriKind.Relative)) { Content = JsonContent.Create(Terms()) }.WithApiKey(till.TillKey),
            TestContext.Current.CancellationToken);
        using var byMember = await till.Http.SendAsync(
            new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/campaigns/order/stop", UriKind.Relative)).WithBearer(member),
            TestContext.Current.CancellationToken);
        using var anonymous = await till.Http.GetAsync(new Uri("/api/v1/campaigns", UriKind.Relative), TestContext.Current.CancellationToken);

        // A till key is not a credential for marketer routes at all (they take bearer tokens only).
        Assert.Equal(HttpStatusCode.Unauthorized, byTill.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    // Other tests of this class share the silo and may have campaigns of their own live.
    private static IEnumerable<JsonElement> CampaignEffects(JsonElement purchase, string campaignId) =>
        purchase.GetProperty("evaluation").GetProperty("effects").EnumerateArray()
            .Where(effect => effect.GetProperty("kind").GetString() == "campaignBonus" && effect.GetProperty("source").GetString() == campaignId);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
            .WithBearer(factory.Services.Token(LoyaltyRoles.Marketer, "mia"));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }
}
