using System.Net;
using Loyalty.Silo.Security;
using Loyalty.Silo.Tests.Apis;
using Loyalty.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loyalty.Silo.Tests.Live;

public sealed class LiveHubTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_member_receives_their_own_purchase_with_its_sequence_and_never_another_members()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("live-ada");
        await till.EnrollAsync("live-bob");
        await using var ada = await SignalRJsonClient.ConnectAsync(factory, factory.Services.Token(LoyaltyRoles.Member, "live-ada"));
        // Bob watches too, so his events are really sent: only their routing keeps them from Ada.
        await using var bob = await SignalRJsonClient.ConnectAsync(factory, factory.Services.Token(LoyaltyRoles.Member, "live-bob"));

        using var bobBuys = await till.PostAsync("/api/v1/members/live-bob/purchases", LoyaltyClient.Purchase("live-b1", 10m));
        using var adaBuys = await till.PostAsync("/api/v1/members/live-ada/purchases", LoyaltyClient.Purchase("live-a1", 12m));
        var first = await ada.NextInvocationAsync("memberEvent", Soon);
        using var adaAgain = await till.PostAsync("/api/v1/members/live-ada/purchases", LoyaltyClient.Purchase("live-a2", 3m));
        var second = await ada.NextInvocationAsync("memberEvent", Soon);
        var nothingElse = await ada.NextInvocationAsync("memberEvent", TimeSpan.FromMilliseconds(500));
        var bobsOwn = await bob.NextInvocationAsync("memberEvent", Soon);

        Assert.Equal(HttpStatusCode.Created, bobBuys.StatusCode);
        var enrolled = Assert.NotNull(ada.Subscription).GetProperty("sequence").GetInt64();
        var e1 = Assert.NotNull(first);
        Assert.Equal(enrolled, e1.GetProperty("previousSequence").GetInt64()); // the stream starts where "subscribed" said
        var e2 = Assert.NotNull(second);
        Assert.Equal("live-ada", e1.GetProperty("memberId").GetString());
        Assert.Equal("live-a1", e1.GetProperty("result").GetProperty("transactionId").GetString());
        Assert.Equal("live-a2", e2.GetProperty("result").GetProperty("transactionId").GetString());
        Assert.True(e2.GetProperty("sequence").GetInt64() > e1.GetProperty("sequence").GetInt64());
        Assert.Equal(e1.GetProperty("sequence").GetInt64(), e2.GetProperty("previousSequence").GetInt64()); // nothing missed between them
        Assert.Equal($"live-ada:{e1.GetProperty("sequence").GetInt64()}", e1.GetProperty("eventId").GetString());
        var balance = (await LoyaltyClient.JsonAsync(adaAgain)).GetProperty("balances").GetProperty("points").GetProperty("total").GetInt64();
        Assert.Equal(balance, e2.GetProperty("result").GetProperty("balances").GetProperty("points").GetProperty("total").GetInt64());
        Assert.Null(nothingElse);
        // A client that missed events finds them in the history by the same sequence numbers.
        using var history = await till.Http.SendAsync(
            Credentials.Get("/api/v1/members/live-ada/history?take=5").WithBearer(factory.Services.Token(LoyaltyRoles.Member, "live-ada")),
            TestContext.Current.CancellationToken);
        var newest = (await LoyaltyClient.JsonAsync(history)).EnumerateArray().First();
        Assert.Equal(("live-a2", e2.GetProperty("sequence").GetInt64()), (newest.GetProperty("transactionId").GetString(), newest.GetProperty("sequence").GetInt64()));
        Assert.Equal("live-b1", Assert.NotNull(bobsOwn).GetProperty("result").GetProperty("transactionId").GetString());
    }

    [Fact]
    public async Task A_marketer_sees_live_campaign_stats_and_the_purchase_rate_move()
    {
        var till = await LoyaltyClient.CreateAsync(factory);
        await till.EnrollAsync("live-cy");
        var marketer = factory.Services.Token(LoyaltyRoles.Marketer, "mia");
        await till.LaunchBonusCampaignAsync(marketer, "live-bonus", "Live", fixedBonus: 9);
        await using var console = await SignalRJsonClient.ConnectAsync(factory, marketer);

        using var bought = await till.PostAsync("/api/v1/members/live-cy/purchases", LoyaltyClient.Purchase("live-c1", 10m));
        var (awarded, rate) = (0L, 0d);
        for (var i = 0; i < 10 && (awarded == 0 || rate == 0); i++)
        {
            if (await console.NextInvocationAsync("marketerStats", Soon) is not { } stats)
            {
                break;
            }

            rate = Math.Max(rate, stats.GetProperty("purchasesPerSecond").GetDouble());
            awarded = stats.GetProperty("campaigns").EnumerateArray()
                .Where(c => c.GetProperty("campaignId").GetString() == "live-bonus")
                .Select(c => c.GetProperty("totals").GetProperty("awarded").GetInt64())
                .DefaultIfEmpty(0).Max();
        }

        Assert.Equal(HttpStatusCode.Created, bought.StatusCode);
        Assert.Equal(9, awarded);
        Assert.True(rate > 0, "the purchase rate never moved");
    }

    [Fact]
    public async Task The_hub_refuses_connections_without_a_valid_token()
    {
        var client = factory.Server.CreateWebSocketClient();
        var hub = new UriBuilder(new Uri(factory.Server.BaseAddress, "hubs/live")) { Scheme = "ws" };

        var anonymous = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(hub.Uri, TestContext.Current.CancellationToken));
        hub.Query = "access_token=forged.token.value";
        var forged = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(hub.Uri, TestContext.Current.CancellationToken));

        Assert.Contains("401", anonymous.Message, StringComparison.Ordinal);
        Assert.Contains("401", forged.Message, StringComparison.Ordinal);
    }
}
