using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime;
using Loyalty.Runtime.Journaling;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Leaderboards;

/// <summary>A board writes what changed since its last write, snapshots now and then, and replays to the same ranks.</summary>
public sealed class LeaderboardJournalTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_write_holds_only_the_members_whose_score_changed_since_the_previous_write()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("changes");
        await board.SubmitAsync([.. Enumerable.Range(0, 500).Select(i => new LeaderboardScore($"m{i:000}", i + 1, 1))]);
        await cluster.DeactivateAllAsync();

        await board.SubmitAsync(
        [
            new LeaderboardScore("m007", 900, 2),
            new LeaderboardScore("m008", 1, 1), // not newer than the held one: ignored, so not written either
            new LeaderboardScore("m499", 0, 3),
            new LeaderboardScore("newcomer", 50, 1),
        ]);
        await AdvanceUntilWrittenAsync(cluster, board, events: 2);

        var written = await WrittenAsync(cluster, board);
        Assert.Equal(2, written.Length);
        Assert.Equal(500, written[0].Scores.Count);
        Assert.Equal(
            [("m007", 900m, 2L), ("m499", 0m, 3L), ("newcomer", 50m, 1L)],
            written[1].Scores.OrderBy(s => s.MemberId, StringComparer.Ordinal).Select(s => (s.MemberId, s.Score, s.Version)));
        var view = await board.GetAsync(3, "m008");
        Assert.Equal(["m007", "m498", "m497"], view.Top.Select(e => e.MemberId));
        Assert.Equal(500, view.Members);
    }

    [Fact]
    public async Task A_board_with_a_long_history_snapshots_and_replays_to_the_same_scores_as_a_model()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var random = new Random(7);
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("long");
        var newest = new Dictionary<string, LeaderboardScore>(StringComparer.Ordinal);

        // Each deactivation writes one event; past a hundred, and once they weigh as much as the board, a snapshot follows.
        for (var write = 0; write < 140; write++)
        {
            var batch = Enumerable.Range(0, random.Next(1, 40))
                .Select(_ => new LeaderboardScore($"m{random.Next(200):000}", random.Next(0, 1_000), random.Next(1, 5_000))).ToArray();
            await board.SubmitAsync(batch);
            foreach (var score in batch.Where(s => !newest.TryGetValue(s.MemberId, out var held) || held.Version < s.Version))
            {
                newest[score.MemberId] = score;
            }

            await cluster.DeactivateAllAsync();
        }

        var stream = await cluster.Services.GetRequiredService<IEventJournal>().ReadAsync(board.GetGrainId(), TestContext.Current.CancellationToken);
        Assert.NotNull(stream.Snapshot);
        Assert.True(stream.Events.Count < 140, $"{stream.Events.Count} events after the snapshot");
        var ranked = newest.Values.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.MemberId, StringComparer.Ordinal).ToArray();
        var view = await board.GetAsync(LeaderboardGrain.MaxTop, ranked[^1].MemberId);
        Assert.Equal(ranked.Length, view.Members);
        Assert.Equal(ranked.Take(LeaderboardGrain.MaxTop).Select(s => (s.MemberId, s.Score)), view.Top.Select(e => (e.MemberId, e.Score)));
        Assert.Equal(ranked[^1].Score, view.Own?.Score);
    }

    [Fact]
    public async Task A_board_written_whole_by_an_earlier_version_is_carried_into_the_journal_and_its_old_record_deleted()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("earlier");
        await WriteWholeBoardAsync(cluster.Services, board.GetGrainId(), new LeaderboardScore("ada", 30, 4), new LeaderboardScore("bob", 10, 2));

        await board.SubmitAsync([new LeaderboardScore("bob", 40, 3), new LeaderboardScore("ada", 99, 1)]);
        await cluster.DeactivateAllAsync();

        var written = Assert.Single(await WrittenAsync(cluster, board));
        Assert.Equal([("ada", 30m), ("bob", 40m)], written.Scores.OrderBy(s => s.MemberId, StringComparer.Ordinal).Select(s => (s.MemberId, s.Score)));
        Assert.False((await ReadWholeBoardAsync(cluster.Services, board.GetGrainId())).RecordExists);
        Assert.Equal(["bob", "ada"], (await board.GetAsync(10, null)).Top.Select(e => e.MemberId));
    }

    internal static async Task WriteWholeBoardAsync(IServiceProvider services, GrainId board, params LeaderboardScore[] scores)
    {
        var whole = new WholeBoard();
        foreach (var score in scores)
        {
            whole.State.Scores[score.MemberId] = score;
        }

        await services.GetRequiredKeyedService<IGrainStorage>(LoyaltyStorage.Name).WriteStateAsync("leaderboard", board, whole);
    }

    internal static async Task<WholeBoard> ReadWholeBoardAsync(IServiceProvider services, GrainId board)
    {
        var whole = new WholeBoard();
        await services.GetRequiredKeyedService<IGrainStorage>(LoyaltyStorage.Name).ReadStateAsync("leaderboard", board, whole);
        return whole;
    }

    private static async Task<LeaderboardScoresRecorded[]> WrittenAsync(TestCluster cluster, ILeaderboardGrain board)
    {
        var serializer = cluster.Services.GetRequiredService<IGrainSerializer>();
        var stream = await cluster.Services.GetRequiredService<IEventJournal>().ReadAsync(board.GetGrainId(), TestContext.Current.CancellationToken);
        Assert.Null(stream.Snapshot);
        return [.. stream.Events.Select(e => serializer.Deserialize<LeaderboardScoresRecorded>(e.Payload.Span))];
    }

    // The write timer runs on the silo's clock; its tick completes on its own, so the journal is polled a bounded number of times.
    private async Task AdvanceUntilWrittenAsync(TestCluster cluster, ILeaderboardGrain board, int events)
    {
        _time.Advance(LeaderboardGrain.PersistInterval);
        var journal = cluster.Services.GetRequiredService<IEventJournal>();
        for (var attempt = 0; attempt < 200 && (await journal.ReadAsync(board.GetGrainId(), TestContext.Current.CancellationToken)).Events.Count < events; attempt++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    internal sealed class WholeBoard : IGrainState<LeaderboardState>
    {
        public LeaderboardState State { get; set; } = new();

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}
