using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Loyalty.Domain.Programs;
using Loyalty.Grains.Leaderboards;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Silo.Tests.Apis;

/// <summary>Challenges, badges and leaderboards over HTTP, on the example program (fresh-200 has a leaderboard, five-visits is opt-in).</summary>
public sealed class ChallengeApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task A_purchase_answer_lists_challenge_progress_and_the_member_sees_their_challenges_and_badges()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("c-ada");

        using var bought = await till.PostAsync("/api/v1/members/c-ada/purchases", LoyaltyClient.Purchase("t-1", 0m, lines: [Fresh("1", 250m)]));
        using var own = await AsMemberAsync("c-ada", HttpMethod.Get, "/api/v1/members/c-ada/challenges");

        var result = await LoyaltyClient.JsonAsync(bought);
        var update = result.GetProperty("challenges").EnumerateArray().Single(c => c.GetProperty("challengeId").GetString() == "fresh-200");
        Assert.True(update.GetProperty("completed").GetBoolean());
        Assert.Equal(300, update.GetProperty("rewardPoints").GetInt64());
        Assert.Equal(["fresh-fan"], result.GetProperty("badgesAwarded").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var view = await LoyaltyClient.JsonAsync(own);
        Assert.Contains("fresh-fan", view.GetProperty("badges").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal(4, view.GetProperty("challenges").GetArrayLength());
    }

    [Fact]
    public async Task A_member_joins_a_challenge_once_and_a_retry_repeats_the_answer()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("c-bob");

        using var joined = await AsMemberAsync("c-bob", HttpMethod.Post, "/api/v1/members/c-bob/challenges/five-visits/join");
        using var retry = await AsMemberAsync("c-bob", HttpMethod.Post, "/api/v1/members/c-bob/challenges/five-visits/join");
        using var again = await AsMemberAsync("c-bob", HttpMethod.Post, "/api/v1/members/c-bob/challenges/five-visits/join", idempotencyKey: "second-join");
        using var unknown = await AsMemberAsync("c-bob", HttpMethod.Post, "/api/v1/members/c-bob/challenges/nope/join");
        using var automatic = await AsMemberAsync("c-bob", HttpMethod.Post, "/api/v1/members/c-bob/challenges/fresh-200/join");

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, automatic.StatusCode);
        Assert.Equal("$.challengeId", (await LoyaltyClient.JsonAsync(automatic)).GetProperty("errors").EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task Members_see_the_top_and_their_own_rank_and_marketers_any_rank_but_not_the_other_way_round()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        foreach (var (member, amount) in new[] { ("c-lb1", 40m), ("c-lb2", 90m), ("c-lb3", 60m) })
        {
            await till.EnrollAsync(member);
            using var bought = await till.PostAsync($"/api/v1/members/{member}/purchases", LoyaltyClient.Purchase($"t-{member}", 0m, lines: [Fresh("1", amount)]));
        }

        await factory.Services.GetRequiredService<LeaderboardFeed>().FlushAsync();
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");

        using var own = await AsMemberAsync("c-lb1", HttpMethod.Get, "/api/v1/members/c-lb1/challenges/fresh-200/leaderboard?top=100");
        using var staff = await till.Http.SendAsync(Credentials.Get("/api/v1/challenges/fresh-200/leaderboard?top=2&memberId=c-lb3").WithBearer(marketer), TestContext.Current.CancellationToken);
        using var memberAsStaff = await AsMemberAsync("c-lb1", HttpMethod.Get, "/api/v1/challenges/fresh-200/leaderboard");
        using var otherMember = await AsMemberAsync("c-lb1", HttpMethod.Get, "/api/v1/members/c-lb2/challenges/fresh-200/leaderboard");

        var board = await LoyaltyClient.JsonAsync(own);
        var ranks = board.GetProperty("top").EnumerateArray().ToDictionary(e => e.GetProperty("memberId").GetString()!, e => e.GetProperty("rank").GetInt32());
        Assert.True(ranks["c-lb2"] < ranks["c-lb3"] && ranks["c-lb3"] < ranks["c-lb1"]);
        Assert.Equal(ranks["c-lb1"], board.GetProperty("own").GetProperty("rank").GetInt32());
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Equal(2, (await LoyaltyClient.JsonAsync(staff)).GetProperty("top").GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, memberAsStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherMember.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/challenges/fresh-200/leaderboard?top=0", "top")]
    [InlineData("/api/v1/challenges/fresh-200/leaderboard?top=101", "top")]
    [InlineData("/api/v1/challenges/fresh-200/leaderboard?memberId=a%20b", "memberId")]
    [InlineData("/api/v1/leaderboards/monthly-points/2026-13", "month")]
    [InlineData("/api/v1/leaderboards/monthly-points/december", "month")]
    [InlineData("/api/v1/leaderboards/monthly-points/2026-12?top=0", "top")]
    public async Task Bad_leaderboard_queries_are_refused_naming_the_parameter(string path, string field)
    {
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");
        using var response = await factory.CreateClient().SendAsync(Credentials.Get(path).WithBearer(marketer), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await LoyaltyClient.JsonAsync(response)).GetProperty("errors").EnumerateObject().Single().Name);
    }

    [Fact]
    public async Task A_challenge_without_a_leaderboard_has_none_and_marketers_list_every_challenge()
    {
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");
        var http = factory.CreateClient();

        using var noBoard = await http.SendAsync(Credentials.Get("/api/v1/challenges/coffee-streak/leaderboard").WithBearer(marketer), TestContext.Current.CancellationToken);
        using var list = await http.SendAsync(Credentials.Get("/api/v1/challenges").WithBearer(marketer), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, noBoard.StatusCode);
        Assert.Equal(
            ["fresh-200", "five-visits", "coffee-streak", "breakfast-set"],
            (await LoyaltyClient.JsonAsync(list)).EnumerateArray().Select(c => c.GetProperty("challengeId").GetString()));
    }

    [Fact]
    public async Task A_program_with_a_broken_challenge_is_refused_naming_the_field_and_nothing_is_published()
    {
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");
        var http = factory.CreateClient();
        var program = JsonNode.Parse(ProgramLoader.Save(ExamplePrograms.Default))!;
        program["challenges"]![1]!["target"] = 0;
        using var versionsBefore = await http.SendAsync(Credentials.Get("/api/v1/program/versions").WithBearer(marketer), TestContext.Current.CancellationToken);
        var before = (await LoyaltyClient.JsonAsync(versionsBefore)).GetArrayLength();

        using var badTarget = await PutAsync(http, marketer, program.ToJsonString());
        program["challenges"]![1]!["target"] = 5;
        program["challenges"]![2]!["streakUnit"] = "fortnights";
        using var badUnit = await PutAsync(http, marketer, program.ToJsonString());
        using var versionsAfter = await http.SendAsync(Credentials.Get("/api/v1/program/versions").WithBearer(marketer), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, badTarget.StatusCode);
        Assert.True((await LoyaltyClient.JsonAsync(badTarget)).GetProperty("errors").TryGetProperty("$.challenges[1].target", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badUnit.StatusCode);
        Assert.Contains("challenges[2].streakUnit", await badUnit.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(before, (await LoyaltyClient.JsonAsync(versionsAfter)).GetArrayLength());
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient http, string marketer, string json) =>
        http.SendAsync(
            new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/program", UriKind.Relative)) { Content = new StringContent(json, Encoding.UTF8, "application/json") }.WithBearer(marketer),
            TestContext.Current.CancellationToken);

    private static object Fresh(string lineId, decimal amount) => new { lineId, sku = "APPLES", category = "fresh", quantity = 1, amount };

    [Fact]
    public async Task Members_rank_by_points_earned_this_month_and_a_member_reads_only_their_own_view_of_the_board()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ExamplePrograms.Default.TimeZone);
        var monthBefore = MonthlyPoints.MonthOf(DateTimeOffset.UtcNow, zone);
        foreach (var (member, amount) in new[] { ("m-lb1", 700m), ("m-lb2", 900m) })
        {
            await till.EnrollAsync(member);
            using var bought = await till.PostAsync($"/api/v1/members/{member}/purchases", LoyaltyClient.Purchase($"{member}-t", amount));
            Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
        }

        await factory.Services.GetRequiredService<LeaderboardFeed>().FlushAsync();
        var month = MonthlyPoints.MonthOf(DateTimeOffset.UtcNow, zone);
        if (month != monthBefore)
        {
            Assert.Skip("The month turned while the purchases were made: they may sit on two boards.");
        }

        var path = "leaderboards/monthly-points/current"; // the month the program's time zone is in now
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");

        using var staff = await till.Http.SendAsync(Credentials.Get($"/api/v1/{path}?top=100&memberId=m-lb1").WithBearer(marketer), TestContext.Current.CancellationToken);
        using var own = await AsMemberAsync("m-lb1", HttpMethod.Get, $"/api/v1/members/m-lb1/{path}?top=100");
        using var otherMember = await AsMemberAsync("m-lb1", HttpMethod.Get, $"/api/v1/members/m-lb2/{path}");
        using var memberAsStaff = await AsMemberAsync("m-lb1", HttpMethod.Get, $"/api/v1/{path}");

        var board = await LoyaltyClient.JsonAsync(staff);
        var scores = board.GetProperty("top").EnumerateArray().ToDictionary(e => e.GetProperty("memberId").GetString()!, e => (e.GetProperty("rank").GetInt32(), e.GetProperty("score").GetDecimal()));
        Assert.True(scores["m-lb2"].Item2 > scores["m-lb1"].Item2);
        Assert.True(scores["m-lb2"].Item1 < scores["m-lb1"].Item1);
        Assert.Equal(scores["m-lb1"].Item1, board.GetProperty("own").GetProperty("rank").GetInt32());
        Assert.Equal(scores["m-lb1"].Item1, (await LoyaltyClient.JsonAsync(own)).GetProperty("own").GetProperty("rank").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, otherMember.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, memberAsStaff.StatusCode);
    }

    private async Task<HttpResponseMessage> AsMemberAsync(string memberId, HttpMethod method, string path, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)).WithBearer(factory.Services.Token(LoyaltyRoles.Member, memberId));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await factory.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
    }
}
