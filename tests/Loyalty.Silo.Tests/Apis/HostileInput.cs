using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Loyalty.Silo.Tests.Apis;

/// <summary>
/// Builds request bodies that are wrong in at least one way a server must refuse: each defect on
/// its own makes the request invalid, so any combination must change nothing.
/// </summary>
internal sealed class HostileInput(Random random)
{
    private static readonly string[] RequiredPurchaseFields = ["occurredAt", "storeId", "channel", "currency", "lines"];
    private static readonly string[] RequiredLineFields = ["lineId", "sku", "category", "quantity", "amount"];
    private static readonly string[] MassAssigned = ["balance", "points", "tier", "pointsBalance", "cashback", "lifetimeSpend"];
    private static readonly string[] CampaignStats = ["awarded", "leased", "phase", "totals"];
    private static readonly decimal[] BadMultipliers = [1m, 0.5m, 101m, 1.00001m, -2m];

    public string Purchase(string transactionId)
    {
        if (random.Next(20) == 0)
        {
            return Garbage();
        }

        var body = ValidPurchase(transactionId);
        var defects = random.Next(1, 4);
        for (var i = 0; i < defects; i++)
        {
            Break(body);
        }

        return body.ToJsonString();
    }

    private JsonObject ValidPurchase(string transactionId) => new()
    {
        ["transactionId"] = transactionId,
        ["occurredAt"] = DateTimeOffset.UtcNow.AddMinutes(-random.Next(1000)).ToString("O", CultureInfo.InvariantCulture),
        ["storeId"] = "store-1",
        ["channel"] = "store",
        ["currency"] = "EUR",
        ["lines"] = new JsonArray(Line("1"), Line("2")),
    };

    private JsonObject Line(string lineId) => new()
    {
        ["lineId"] = lineId,
        ["sku"] = "SKU-" + random.Next(100),
        ["category"] = "grocery",
        ["quantity"] = random.Next(1, 5),
        ["amount"] = Math.Round((decimal)random.NextDouble() * 100, 2),
    };

    private void Break(JsonObject body)
    {
        // An earlier defect may have removed or emptied the lines: then only body-level defects apply.
        if (body["lines"] is not JsonArray { Count: 2 } lines || lines[0] is not JsonObject line || lines[1] is not JsonObject)
        {
            body[MassAssigned[random.Next(MassAssigned.Length)]] = random.Next();
            return;
        }

        switch (random.Next(16))
        {
            case 0: line["amount"] = -1 - random.Next(1_000_000); break;
            case 1: line["amount"] = JsonValue.Create(1.001m + random.Next(100)); break;
            case 2: line["amount"] = "12.50"; break;
            case 3: line["amount"] = JsonNode.Parse("1e30"); break;
            case 4: line["quantity"] = random.Next(2) == 0 ? -random.Next(100) : 0; break;
            case 5: line["quantity"] = 1.5; break;
            case 6: body.Remove(RequiredPurchaseFields[random.Next(RequiredPurchaseFields.Length)]); break;
            case 7: line.Remove(RequiredLineFields[random.Next(RequiredLineFields.Length)]); break;
            case 8: body[MassAssigned[random.Next(MassAssigned.Length)]] = random.Next(); break;
            case 9: body["currency"] = new[] { "USD", "eur", "", "EURO", "€" }[random.Next(5)]; break;
            case 10: body["occurredAt"] = random.Next(2) == 0 ? "yesterday" : DateTimeOffset.UtcNow.AddDays(1 + random.Next(3650)).ToString("O", CultureInfo.InvariantCulture); break;
            case 11: ((JsonObject)lines[1]!)["lineId"] = line["lineId"]?.GetValue<string>() ?? "1"; line["lineId"] = ((JsonObject)lines[1]!)["lineId"]!.GetValue<string>(); break;
            case 12: body["lines"] = new JsonArray(); break;
            case 13: body["storeId"] = random.Next(2) == 0 ? null : ""; break;
            case 14: line["sku"] = Nested(random.Next(70, 200)); break;
            default: body["transactionId"] = random.Next(2) == 0 ? "has spaces" : new string('x', 101 + random.Next(500)); break;
        }
    }

    public string Campaign()
    {
        if (random.Next(20) == 0)
        {
            return Garbage();
        }

        var now = DateTimeOffset.UtcNow;
        var body = new JsonObject
        {
            ["name"] = "Flash " + random.Next(100),
            ["startsAt"] = now.ToString("O", CultureInfo.InvariantCulture),
            ["endsAt"] = now.AddHours(1 + random.Next(48)).ToString("O", CultureInfo.InvariantCulture),
            ["effect"] = new JsonObject { ["multiplier"] = 2 },
            ["budget"] = 1 + random.Next(1_000_000),
        };
        var effect = (JsonObject)body["effect"]!;
        switch (random.Next(12))
        {
            case 0: body["budget"] = random.Next(2) == 0 ? -random.Next(1_000) : 0; break;
            case 1: body["budget"] = JsonNode.Parse("9000000000000000"); break;
            case 2: effect["fixedBonus"] = 1 + random.Next(500); break;
            case 3: effect.Remove("multiplier"); break;
            case 4: effect["multiplier"] = BadMultipliers[random.Next(BadMultipliers.Length)]; break;
            case 5: body["endsAt"] = now.AddHours(-random.Next(1, 48)).ToString("O", CultureInfo.InvariantCulture); break;
            case 6: body["startsAt"] = now.AddYears(3 + random.Next(50)).ToString("O", CultureInfo.InvariantCulture); break;
            case 7: body["name"] = random.Next(2) == 0 ? " " : null; break;
            case 8: body[CampaignStats[random.Next(CampaignStats.Length)]] = random.Next(); break;
            case 9: body["budget"] = "1000"; break;
            case 10: body["endsAt"] = now.AddDays(367 + random.Next(1_000)).ToString("O", CultureInfo.InvariantCulture); break;
            default: body["targeting"] = new JsonObject { ["tiers"] = random.Next(2) == 0 ? "gold" : Nested(random.Next(70, 200)) }; break;
        }

        return body.ToJsonString();
    }

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private string Garbage() => random.Next(4) switch
    {
        0 => string.Empty,
        1 => "{\"transactionId\": \"t\", \"lines\": [",
        2 => Encoding.Latin1.GetString([.. Enumerable.Range(0, random.Next(1, 200)).Select(_ => (byte)random.Next(256))]),
        _ => "[1,2,3]",
    };
}
