using System.Net;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class PurchaseApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_till_enrolls_a_member_and_a_purchase_earns_points_durably()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("p-ada");

        using var response = await till.PostAsync("/api/v1/members/p-ada/purchases", LoyaltyClient.Purchase("t-1", 25m));
        var result = await LoyaltyClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(25, result.GetProperty("evaluation").GetProperty("points").GetInt64());
        Assert.Equal(125, await till.PointsOfAsync("p-ada"));
    }

    [Fact]
    public async Task A_replayed_purchase_returns_the_original_response_and_says_it_is_a_replay()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("p-bob");

        using var first = await till.PostAsync("/api/v1/members/p-bob/purchases", LoyaltyClient.Purchase("t-1", 10m));
        using var replay = await till.PostAsync("/api/v1/members/p-bob/purchases", LoyaltyClient.Purchase("t-1", 10m));

        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(110, await till.PointsOfAsync("p-bob"));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_a_409_conflict_and_changes_nothing()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("p-cy");
        using var applied = await till.PostAsync("/api/v1/members/p-cy/purchases", LoyaltyClient.Purchase("t-1", 10m));

        using var conflict = await till.PostAsync("/api/v1/members/p-cy/purchases", LoyaltyClient.Purchase("t-1", 99m));
        var problem = await LoyaltyClient.JsonAsync(conflict);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("IdempotencyConflict", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.transactionId", out _));
        Assert.Equal(110, await till.PointsOfAsync("p-cy"));
    }

    [Fact]
    public async Task The_idempotency_key_header_stands_in_for_a_missing_transaction_id()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("p-di");
        var body = LoyaltyClient.Purchase(transactionId: null!, 10m);

        using var first = await till.PostAsync("/api/v1/members/p-di/purchases", body, idempotencyKey: "hdr-1");
        using var retry = await till.PostAsync("/api/v1/members/p-di/purchases", body, idempotencyKey: "hdr-1");
        using var none = await till.PostAsync("/api/v1/members/p-di/purchases", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(110, await till.PointsOfAsync("p-di"));
    }

    [Theory]
    [InlineData("currency", "$.currency")]
    [InlineData("future", "$.occurredAt")]
    [InlineData("duplicate-lines", "$.lines[1].lineId")]
    [InlineData("over-precise", "$.lines[0].amount")]
    [InlineData("negative", "$.lines[0].amount")]
    [InlineData("zero-quantity", "$.lines[0].quantity")]
    public async Task Bad_baskets_get_a_problem_naming_the_field_and_change_nothing(string defect, string field)
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        var member = $"p-bad-{defect}";
        await till.EnrollAsync(member);
        var body = defect switch
        {
            "currency" => LoyaltyClient.Purchase("t-1", 10m, currency: "USD"),
            "future" => LoyaltyClient.Purchase("t-1", 10m, at: LoyaltyClient.Now.AddHours(2)),
            "duplicate-lines" => LoyaltyClient.Purchase("t-1", 0, lines: [Line("1", 1, 5m), Line("1", 1, 5m)]),
            "over-precise" => LoyaltyClient.Purchase("t-1", 10.001m),
            "negative" => LoyaltyClient.Purchase("t-1", -1m),
            _ => LoyaltyClient.Purchase("t-1", 0, lines: [Line("1", 0, 5m)]),
        };

        using var response = await till.PostAsync($"/api/v1/members/{member}/purchases", body);
        var problem = await LoyaltyClient.JsonAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        Assert.Equal(100, await till.PointsOfAsync(member));
    }

    [Fact]
    public async Task A_purchase_for_an_unknown_member_is_404()
    {
        var till = await LoyaltyClient.CreateAsync(factory);

        using var response = await till.PostAsync("/api/v1/members/nobody/purchases", LoyaltyClient.Purchase("t-1", 10m));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_quote_shows_the_effects_and_a_return_reverses_them()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("p-ed");

        using var quote = await till.PostAsync("/api/v1/members/p-ed/purchases/quote", LoyaltyClient.Purchase("q-1", 30m));
        var afterQuote = await till.PointsOfAsync("p-ed");
        using var applied = await till.PostAsync("/api/v1/members/p-ed/purchases", LoyaltyClient.Purchase("t-1", 30m));
        using var returned = await till.PostAsync("/api/v1/members/p-ed/returns", new { transactionId = "r-1", purchaseTransactionId = "t-1" });

        Assert.Equal(30, (await LoyaltyClient.JsonAsync(quote)).GetProperty("evaluation").GetProperty("points").GetInt64());
        Assert.Equal(100, afterQuote);
        Assert.Equal(HttpStatusCode.Created, returned.StatusCode);
        Assert.Equal(100, await till.PointsOfAsync("p-ed"));
    }

    [Fact]
    public async Task A_store_limited_key_cannot_post_a_purchase_for_another_store()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("p-fay");
        var storeKey = await factory.Services.KeyAsync(new Loyalty.Silo.Security.ApiKeys.ApiKeyScope("acme", "store-1", null));
        var storeTill = new LoyaltyClient(till.Http, storeKey, factory.Services);
        var elsewhere = new
        {
            transactionId = "t-2", occurredAt = LoyaltyClient.Now, storeId = "berlin-flagship", channel = "store", currency = "EUR",
            lines = new[] { new { lineId = "1", sku = "BREAD", category = "bakery", quantity = 1, amount = 10m } },
        };

        using var own = await storeTill.PostAsync("/api/v1/members/p-fay/purchases", LoyaltyClient.Purchase("t-1", 10m));
        using var other = await storeTill.PostAsync("/api/v1/members/p-fay/purchases", elsewhere);
        var problem = await LoyaltyClient.JsonAsync(other);

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("$.storeId", out _));
        Assert.Equal(110, await till.PointsOfAsync("p-fay"));
    }

    private static object Line(string lineId, int quantity, decimal amount) => new { lineId, sku = "BREAD", category = "bakery", quantity, amount };
}
