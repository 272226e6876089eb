using System.Net;
using System.Text;
using System.Text.Json;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Problems;

/// <summary>Bad bodies get a 4xx problem document naming the field, against a real JSON endpoint (token issuing).</summary>
public sealed class BadInputTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_value_of_the_wrong_type_gets_400_naming_its_json_path()
    {
        var errors = await ErrorsForAsync("""{"role":"member","subject":"m-1","lifetimeMinutes":"soon"}""");

        Assert.Equal(["$.lifetimeMinutes"], errors.Keys);
    }

    [Fact]
    public async Task A_missing_field_gets_400_naming_it()
    {
        var errors = await ErrorsForAsync("""{"role":"member"}""");

        Assert.Equal(["$.subject"], errors.Keys);
    }

    [Fact]
    public async Task A_null_for_a_required_field_gets_400_naming_it()
    {
        var errors = await ErrorsForAsync("""{"role":null,"subject":"m-1"}""");

        Assert.Equal(["$.role"], errors.Keys);
    }

    [Fact]
    public async Task A_field_the_request_does_not_declare_is_rejected_not_ignored()
    {
        var errors = await ErrorsForAsync("""{"role":"member","subject":"m-1","balance":1000000}""");

        Assert.Equal(["$.balance"], errors.Keys);
    }

    [Fact]
    public async Task Truncated_json_gets_400_with_a_problem_document()
    {
        var errors = await ErrorsForAsync("""{"role":"member","subject":""");

        Assert.Single(errors);
    }

    [Fact]
    public async Task A_semantic_error_gets_400_naming_the_field_through_the_validation_helper()
    {
        var errors = await ErrorsForAsync("""{"role":"superuser","subject":"m-1"}""");

        Assert.Equal(["$.role"], errors.Keys);
    }

    [Fact]
    public async Task A_missing_body_gets_400_naming_the_document_root()
    {
        var errors = await ErrorsForAsync(string.Empty);

        Assert.Equal(["$"], errors.Keys);
    }

    [Fact]
    public async Task An_oversized_body_gets_413_with_a_problem_document()
    {
        var padding = new string('x', 1024 * 1024 + 1);
        using var response = await PostAsync($$"""{"role":"member","subject":"{{padding}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<Dictionary<string, string[]>> ErrorsForAsync(string json)
    {
        using var response = await PostAsync(json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return problem.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/admin/tokens", UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request.WithBearer(factory.Services.Token(LoyaltyRoles.Admin, "ops")), TestContext.Current.CancellationToken);
    }
}
