using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime.Testing;

namespace Loyalty.Grains.Tests.Leaderboards;

/// <summary>A board ranks changes lazily (when read, or once enough wait); every read must still see them all.</summary>
public sealed class LeaderboardRankingTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Every_read_ranks_the_newest_score_of_each_member_whatever_changes_waited_before_it()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        for (var seed = 0; seed < 12; seed++)
        {
            var random = new Random(seed);
            var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>($"random-{seed}");
            var newest = new Dictionary<string, LeaderboardScore>(StringComparer.Ordinal);

            // Up to 300 members, so boards cross the waiting limits (64, and the board's own size) in both directions.
            var members = random.Next(5, 300);
            for (var step = 0; step < 60; step++)
            {
                var batch = Enumerable.Range(0, random.Next(1, 120)).Select(_ => new LeaderboardScore(
                    $"m{random.Next(members):000}", random.Next(4) == 0 ? 0m : random.Next(1, 40), random.Next(1, 1_000))).ToArray();
                await board.SubmitAsync(batch);
                foreach (var score in batch.Where(s => !newest.TryGetValue(s.MemberId, out var held) || held.Version < s.Version))
                {
                    newest[score.MemberId] = score;
                }

                if (random.Next(3) == 0)
                {
                    var asked = random.Next(4) == 0 ? null : $"m{random.Next(members):000}";
                    AssertRanks(newest, asked, await board.GetAsync(LeaderboardGrain.MaxTop, asked));
                }
            }

            await cluster.DeactivateAllAsync();
            AssertRanks(newest, "m000", await board.GetAsync(LeaderboardGrain.MaxTop, "m000"));
        }
    }

    private static void AssertRanks(Dictionary<string, LeaderboardScore> newest, string? asked, LeaderboardView view)
    {
        var ranked = newest.Values.Where(s => s.Score > 0m).OrderByDescending(s => s.Score).ThenBy(s => s.MemberId, StringComparer.Ordinal).ToArray();
        Assert.Equal(ranked.Length, view.Members);
        Assert.Equal(ranked.Take(LeaderboardGrain.MaxTop).Select(s => (s.MemberId, s.Score)), view.Top.Select(e => (e.MemberId, e.Score)));
        Assert.All(view.Top, entry => Assert.Equal(1 + ranked.Count(s => s.Score > entry.Score), entry.Rank));
        var own = asked is not null && newest.GetValueOrDefault(asked) is { Score: > 0m } score ? (1 + ranked.Count(s => s.Score > score.Score), score.Score) : ((int, decimal)?)null;
        Assert.Equal(own, view.Own is { } entry ? (entry.Rank, entry.Score) : null);
    }
}
