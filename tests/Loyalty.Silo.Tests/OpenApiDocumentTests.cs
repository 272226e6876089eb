using System.Text.Json;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests;

public sealed class OpenApiDocumentTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task The_document_lists_the_routes_each_named_and_summarised()
    {
        using var document = await DocumentAsync();
        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Path: path.Name, Operation: operation.Value)))
            .ToList();

        Assert.Contains(operations, o => o.Path == "/api/v1/me" && o.Operation.GetProperty("operationId").GetString() == "GetCurrentCaller");
        Assert.Contains(operations, o => o.Path == "/api/v1/admin/api-keys");
        Assert.All(operations, o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("operationId").GetString()), o.Path);
            Assert.False(string.IsNullOrWhiteSpace(o.Operation.GetProperty("summary").GetString()), o.Path);
        });
    }

    [Fact]
    public async Task The_document_declares_the_api_key_and_bearer_schemes_and_uses_them()
    {
        using var document = await DocumentAsync();
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");
        var issueKey = document.RootElement.GetProperty("paths").GetProperty("/api/v1/admin/api-keys").GetProperty("post");

        Assert.Equal("apiKey", schemes.GetProperty("ApiKey").GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.True(issueKey.GetProperty("security")[0].TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task The_purchase_operation_carries_a_request_example_a_stranger_can_send()
    {
        using var document = await DocumentAsync();
        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v1/members/{memberId}/purchases").GetProperty("post");

        var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");

        Assert.Equal("EUR", example.GetProperty("currency").GetString());
        Assert.Equal(2, example.GetProperty("lines").GetArrayLength());
        Assert.True(post.GetProperty("security")[0].TryGetProperty("ApiKey", out _));
    }

    [Fact]
    public async Task The_campaign_example_is_accepted_as_it_stands()
    {
        using var document = await DocumentAsync();
        var example = document.RootElement.GetProperty("paths").GetProperty("/api/v1/campaigns/{campaignId}").GetProperty("put")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/campaigns/from-the-example", UriKind.Relative))
        {
            Content = new StringContent(example.GetRawText(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", factory.Services.Token(LoyaltyRoles.Marketer, "mia"));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<JsonDocument> DocumentAsync()
    {
        using var client = factory.CreateClient();
        var json = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        return JsonDocument.Parse(json);
    }
}
