using Loyalty.Silo.Apis.Contracts;

namespace Loyalty.Silo.Demo;

/// <summary>
/// Articles, stores and channels the simulated tills sell through, chosen to touch the example program's rules and
/// challenges (fresh food, coffee streaks, the breakfast set, electronics for flash campaigns).
/// </summary>
internal static class DemoCatalog
{
    private sealed record Article(string Sku, string Category, decimal Price);

    private static readonly Article[] Articles =
    [
        new("CROISSANT", "bakery", 1.20m),
        new("SOURDOUGH", "bakery", 3.90m),
        new("ORANGE-JUICE", "fresh", 2.49m),
        new("APPLES-1KG", "fresh", 2.99m),
        new("SALMON", "fresh", 8.99m),
        new("ESPRESSO", "coffee", 2.20m),
        new("COFFEE-BEANS-1KG", "coffee", 14.90m),
        new("EARBUDS", "electronics", 39.00m),
        new("USB-C-CABLE", "electronics", 9.99m),
        new("DIAPERS", "baby", 11.49m),
    ];

    private static readonly (string Store, string Channel)[] Outlets =
    [
        ("berlin-flagship", "store"), ("hamburg-01", "store"), ("munich-02", "store"), ("webshop", "web"), ("webshop", "app"),
    ];

    /// <summary>A basket of one to five distinct articles at their price times a small quantity.</summary>
    public static PurchaseRequest Basket(Random random, string transactionId, DateTimeOffset at)
    {
        var (store, channel) = Outlets[random.Next(Outlets.Length)];
        var lines = Articles.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).Select((article, index) =>
        {
            var quantity = random.Next(1, 4);
            return new PurchaseLineRequest((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), article.Sku, article.Category, quantity, article.Price * quantity);
        }).ToArray();
        return new PurchaseRequest(at, store, channel, "EUR", lines, transactionId);
    }
}
