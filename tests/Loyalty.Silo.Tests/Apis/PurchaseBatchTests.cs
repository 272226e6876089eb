using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class PurchaseBatchTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_batch_with_good_and_bad_items_applies_the_good_ones_and_explains_each_bad_one()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("b-ada");
        await till.EnrollAsync("b-bob");
        object Item(string member, string transactionId, decimal amount, string currency = "EUR") => new
        {
            memberId = member,
            transactionId,
            occurredAt = LoyaltyClient.Now,
            storeId = "store-1",
            channel = "store",
            currency,
            lines = new[] { new { lineId = "1", sku = "BREAD", category = "bakery", quantity = 1, amount } },
        };
        var items = new object[]
        {
            Item("b-ada", "t-1", 10m),
            Item("b-bob", "t-1", 20m),
            Item("b-ada", "t-2", 5m, currency: "USD"),
            new { memberId = "b-bob", transactionId = "t-2", amount = "not a purchase" },
            Item("nobody", "t-1", 10m),
            Item("b-ada", "t-1", 10m),
        };

        using var response = await till.PostAsync("/api/v1/purchases/batch", new { items });
        var results = (await LoyaltyClient.JsonAsync(response)).EnumerateArray().ToArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([201, 201, 422, 400, 404, 201], results.Select(r => r.GetProperty("status").GetInt32()));
        Assert.Equal("$.currency", results[2].GetProperty("error").GetProperty("field").GetString());
        Assert.True(results[5].GetProperty("replayed").GetBoolean());
        Assert.Equal(110, await till.PointsOfAsync("b-ada"));
        Assert.Equal(120, await till.PointsOfAsync("b-bob"));
    }

    [Fact]
    public async Task An_empty_or_oversized_batch_is_refused_as_a_whole()
    {
        var till = await LoyaltyClient.CreateAsync(factory);

        using var empty = await till.PostAsync("/api/v1/purchases/batch", new { items = Array.Empty<object>() });
        using var oversized = await till.PostAsync("/api/v1/purchases/batch", new { items = Enumerable.Range(0, 1001).Select(_ => new { }).ToArray() });

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
    }
}
