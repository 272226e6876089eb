using System.Net;
using System.Text;
using System.Text.Json;
using Loyalty.Domain.Programs;
using Loyalty.Domain.Serialization;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Apis;

public sealed class AccountAndProgramApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_member_reads_their_own_account_and_history_but_not_another_members()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("a-ada");
        await till.EnrollAsync("a-bob");
        using var bought = await till.PostAsync("/api/v1/members/a-ada/purchases", LoyaltyClient.Purchase("t-1", 12m));
        var token = factory.Services.Token(LoyaltyRoles.Member, "a-ada");

        using var own = await till.Http.SendAsync(Credentials.Get("/api/v1/members/a-ada/account").WithBearer(token), TestContext.Current.CancellationToken);
        using var history = await till.Http.SendAsync(Credentials.Get("/api/v1/members/a-ada/history?take=5").WithBearer(token), TestContext.Current.CancellationToken);
        using var other = await till.Http.SendAsync(Credentials.Get("/api/v1/members/a-bob/account").WithBearer(token), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(112, (await LoyaltyClient.JsonAsync(own)).GetProperty("balances").GetProperty("points").GetProperty("total").GetInt64());
        Assert.Equal(["t-1", "enroll-a-ada"], (await LoyaltyClient.JsonAsync(history)).EnumerateArray().Select(a => a.GetProperty("transactionId").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Redeeming_more_than_is_available_is_refused_and_a_hold_can_be_released()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("a-cy");

        using var tooMuch = await till.PostAsync("/api/v1/members/a-cy/redemptions", new { transactionId = "x-1", wallet = "points", amount = 1_000 });
        using var hold = await till.PostAsync("/api/v1/members/a-cy/holds", new { transactionId = "h-1", wallet = "points", amount = 40, expiresAt = LoyaltyClient.Now.AddMinutes(10) });
        var held = await LoyaltyClient.JsonAsync(hold);
        using var release = await till.PostAsync("/api/v1/members/a-cy/holds/h-1/release", new { transactionId = "h-1-release" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.Created, hold.StatusCode);
        Assert.Equal(40, held.GetProperty("balances").GetProperty("points").GetProperty("held").GetInt64());
        Assert.Equal(HttpStatusCode.Created, release.StatusCode);
        Assert.Equal(0, (await LoyaltyClient.JsonAsync(release)).GetProperty("balances").GetProperty("points").GetProperty("held").GetInt64());
    }

    [Fact]
    public async Task A_marketer_publishes_a_new_version_that_applies_to_later_purchases()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("a-di");
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");
        var doubled = ExamplePrograms.Default with { Earn = ExamplePrograms.Default.Earn with { PointsPerUnit = 2 } };

        using var before = await till.PostAsync("/api/v1/members/a-di/purchases", LoyaltyClient.Purchase("t-1", 10m));
        using var publish = await PutProgramAsync(till, marketer, doubled);
        using var after = await till.PostAsync("/api/v1/members/a-di/purchases", LoyaltyClient.Purchase("t-2", 10m));
        try
        {
            Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
            Assert.Equal(10, (await LoyaltyClient.JsonAsync(before)).GetProperty("evaluation").GetProperty("points").GetInt64());
            Assert.Equal(20, (await LoyaltyClient.JsonAsync(after)).GetProperty("evaluation").GetProperty("points").GetInt64());
        }
        finally
        {
            // The class shares one silo: put the example program back for the other tests.
            using var restore = await PutProgramAsync(till, marketer, ExamplePrograms.Default);
        }
    }

    [Fact]
    public async Task An_invalid_program_is_refused_with_every_bad_field_named_and_a_till_cannot_publish()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");
        var broken = ExamplePrograms.Default with { Currency = "euro", Earn = ExamplePrograms.Default.Earn with { PointsPerUnit = -1 } };

        using var refused = await PutProgramAsync(till, marketer, broken);
        using var byTill = await till.PostAsync("/api/v1/program", ExamplePrograms.Default);
        var errors = (await LoyaltyClient.JsonAsync(refused)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True(errors.TryGetProperty("$.currency", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("$.earn.pointsPerUnit", out _), errors.GetRawText());
        Assert.True(byTill.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.MethodNotAllowed or HttpStatusCode.Unauthorized);
    }

    // Programs travel in their documented JSON form (docs/program.md), the domain's own.
    private static Task<HttpResponseMessage> PutProgramAsync(LoyaltyClient client, string marketerToken, ProgramDefinition program)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/program", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(program, DomainJsonContext.Default.ProgramDefinition), Encoding.UTF8, "application/json"),
        };
        return client.Http.SendAsync(request.WithBearer(marketerToken), TestContext.Current.CancellationToken);
    }
}
