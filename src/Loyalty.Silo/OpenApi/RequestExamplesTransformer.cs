using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Loyalty.Silo.OpenApi;

/// <summary>Adds a ready-to-send request body to the operations a stranger calls first, so they work from the document alone.</summary>
internal sealed class RequestExamplesTransformer : IOpenApiOperationTransformer
{
    private const string Purchase = """
        {"transactionId":"pos-12-000123","occurredAt":"2026-11-22T10:19:35Z","storeId":"12","channel":"store","currency":"EUR",
         "lines":[{"lineId":"1","sku":"COFFEE-BEANS-1KG","category":"coffee","quantity":1,"amount":14.99},
                  {"lineId":"2","sku":"APPLES","category":"fresh","quantity":2,"amount":4.98}]}
        """;

    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["EnrollMember"] = """{"memberId":"ada","transactionId":"enroll-ada","birthday":"1990-04-12"}""",
        ["PostPurchase"] = Purchase,
        ["QuotePurchase"] = Purchase,
        ["PostReturn"] = """{"transactionId":"ret-000123","purchaseTransactionId":"pos-12-000123","lineIds":["2"]}""",
        ["Redeem"] = """{"transactionId":"redeem-000123","wallet":"points","amount":100}""",
        ["PlaceHold"] = """{"transactionId":"hold-000123","wallet":"points","amount":100,"expiresAt":"2026-11-22T10:35:00Z"}""",
        ["DefineCampaign"] = """
            {"name":"Double electronics","startsAt":"2026-11-27T18:00:00Z","endsAt":"2026-11-27T22:00:00Z",
             "effect":{"multiplier":2},"budget":5000000,"targeting":{"categories":["electronics"]},"perMemberCap":2000}
            """,
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is { } id && Examples.TryGetValue(id, out var example)
            && operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var json))
        {
            json.Example = JsonNode.Parse(example);
        }

        return Task.CompletedTask;
    }
}
