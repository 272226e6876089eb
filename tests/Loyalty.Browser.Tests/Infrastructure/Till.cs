using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Loyalty.Browser.Tests.Infrastructure;

/// <summary>What the tests ask of a till: enroll, buy, read points.</summary>
internal static class Till
{
    public static async Task EnrollAsync(this HttpClient till, string memberId)
    {
        using var response = await till.PostAsJsonAsync("/api/v1/members", new { memberId, transactionId = $"enroll-{memberId}" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>Posts a purchase and returns the member's points total the till was told.</summary>
    public static async Task<long> BuyAsync(this HttpClient till, string memberId, string transactionId, decimal amount, string category = "bakery")
    {
        using var response = await till.PostAsJsonAsync($"/api/v1/members/{memberId}/purchases", new
        {
            transactionId,
            occurredAt = DateTimeOffset.UtcNow,
            storeId = "store-1",
            channel = "store",
            currency = "EUR",
            lines = new[] { new { lineId = "1", sku = "ITEM-" + category.ToUpperInvariant(), category, quantity = 1, amount } },
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return body.RootElement.GetProperty("balances").GetProperty("points").GetProperty("total").GetInt64();
    }
}
