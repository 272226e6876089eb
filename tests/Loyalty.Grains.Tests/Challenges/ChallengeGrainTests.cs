using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Challenges;

/// <summary>Challenges and leaderboards on a silo running the example program (fresh-200, five-visits, ...).</summary>
public sealed class ChallengeGrainTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_purchase_result_lists_challenge_progress_and_the_completion_reward()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("ada");

        var first = await member.PurchaseAsync(Fresh("p1", 150m));
        var second = await member.PurchaseAsync(Fresh("p2", 60m));

        Assert.Equal(150m, Assert.Single(first.Result!.Challenges, c => c.ChallengeId == "fresh-200").Progress);
        var done = Assert.Single(second.Result!.Challenges, c => c.ChallengeId == "fresh-200");
        Assert.Equal((true, 300L, "fresh-fan"), (done.Completed, done.RewardPoints, done.BadgeId));
        var view = (await member.GetChallengesAsync())!;
        Assert.Contains("fresh-fan", view.Badges);
        Assert.True(Assert.Single(view.Challenges, c => c.ChallengeId == "fresh-200").Completed);
    }

    [Fact]
    public async Task Opting_in_through_the_grain_makes_later_visits_count()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("bo");
        await member.PurchaseAsync(Fresh("before", 20m));

        var joined = await member.JoinChallengeAsync(new JoinChallenge("join", "five-visits"));
        await member.PurchaseAsync(Fresh("after", 20m));

        Assert.False(joined.IsRejected);
        var visits = Assert.Single((await member.GetChallengesAsync())!.Challenges, c => c.ChallengeId == "five-visits");
        Assert.Equal((true, 1m, 5m), (visits.Joined, visits.Progress, visits.Goal));
        Assert.Equal(RejectionCode.UnknownChallenge, (await member.JoinChallengeAsync(new JoinChallenge("x", "nope"))).Rejection?.Code);
    }

    [Fact]
    public async Task Leaderboard_ranks_agree_with_every_members_progress_after_concurrent_purchases_and_returns()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var members = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => cluster.EnrolledMemberAsync($"m{i:00}")));

        // Each member buys i % 7 + 1 times concurrently with every other member; some return a purchase.
        await Task.WhenAll(members.Select(async (member, i) =>
        {
            for (var n = 0; n <= i % 7; n++)
            {
                await member.PurchaseAsync(Fresh($"p{n}", 1m + (i % 5)));
            }

            if (i % 4 == 0)
            {
                await member.ReturnAsync(new ReturnPurchase("r", "p0", null));
            }
        }));
        var feed = cluster.Services.GetRequiredService<LeaderboardFeed>();
        await feed.FlushAsync();

        var progress = new Dictionary<string, decimal>();
        foreach (var (member, i) in members.Select((m, i) => (m, i)))
        {
            progress[$"m{i:00}"] = (await member.GetChallengesAsync())!.Challenges.Single(c => c.ChallengeId == "fresh-200").Progress;
        }

        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("fresh-200");
        var view = await board.GetAsync(100, "m07");
        var expected = progress.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Select(p => (p.Key, p.Value)), view.Top.Select(e => (e.MemberId, e.Score)));
        Assert.All(view.Top, entry => Assert.Equal(1 + expected.Count(p => p.Value > entry.Score), entry.Rank));
        Assert.Equal(expected.Length, view.Members);
        Assert.Equal(1 + expected.Count(p => p.Value > progress["m07"]), view.Own!.Rank);
        Assert.True(feed.Batches < feed.Posted, $"{feed.Batches} batches for {feed.Posted} scores");
    }

    [Fact]
    public async Task A_leaderboard_keeps_the_newest_score_per_member_whatever_the_order_and_survives_deactivation()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("direct");
        var scores = Enumerable.Range(1, 50).SelectMany(version => new[]
        {
            new LeaderboardScore("a", version, version),
            new LeaderboardScore("b", 100 - version, version),
            new LeaderboardScore("c", 30, version),
        }).ToArray();

        await Task.WhenAll(scores.Reverse().Chunk(7).Select(batch => board.SubmitAsync(batch)));
        await cluster.DeactivateAllAsync();
        var view = await board.GetAsync(2, "c");

        Assert.Equal([(1, "a", 50m), (1, "b", 50m)], view.Top.Select(e => (e.Rank, e.MemberId, e.Score)));
        Assert.Equal((3, 30m), (view.Own!.Rank, view.Own.Score));
        Assert.Null((await board.GetAsync(3, "nobody")).Own);
    }

    [Fact]
    public async Task Challenge_standings_rebuilt_from_a_snapshot_and_the_journal_equal_those_held_in_memory()
    {
        // A snapshot every 3 events: reactivation reads challenge standings from a snapshot plus a tail of events.
        await using var cluster = await LoyaltySilo.StartAsync(_time, services: services => services.Configure<LoyaltyGrainsOptions>(o => o.SnapshotInterval = 3));
        var member = await cluster.EnrolledMemberAsync("snap");
        await member.JoinChallengeAsync(new JoinChallenge("join", "five-visits"));
        for (var day = 0; day < 4; day++)
        {
            var at = _time.GetUtcNow().AddDays(-day);
            await member.PurchaseAsync(new RecordPurchase($"p{day}", new Purchase(at, "store-1", "store", null, "EUR",
            [
                new PurchaseLine("1", "CROISSANT", "bakery", 1, 2m), new PurchaseLine("2", "ESPRESSO", "coffee", 1, 3m), new PurchaseLine("3", "APPLES", "fresh", 1, 70m),
            ])));
        }

        await member.ReturnAsync(new ReturnPurchase("r", "p1", ["3"]));
        var before = await member.GetChallengesAsync();
        await cluster.DeactivateAllAsync();
        var after = await member.GetChallengesAsync();

        Assert.Equivalent(before, after, strict: true);
        Assert.Equal(
            // fresh-200 completed on p2 (210) and fell back to 140 when p1's apples came back, so its reward went;
            // the streak completed on its third day and takes no further progress.
            [("fresh-200", 140m, false), ("five-visits", 4m, false), ("coffee-streak", 3m, true), ("breakfast-set", 1m, false)],
            after!.Challenges.Select(c => (c.ChallengeId, c.Progress, c.Completed)));
    }

    private RecordPurchase Fresh(string transactionId, decimal amount) =>
        new(transactionId, new Purchase(_time.GetUtcNow(), "store-1", "store", null, "EUR", [new PurchaseLine("1", "APPLES", "fresh", 1, amount)]));
}
