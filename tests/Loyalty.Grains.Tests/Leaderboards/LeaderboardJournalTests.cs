using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime;
using Loyalty.Runtime.Journaling;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Leaderboards;

/// <summary>A board writes what changed since its last write, snapshots by weight, and replays to the same ranks.</summary>
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
        await cluster.DeactivateAllAsync(); // nothing changed since the tick: nothing to write

        var written = await EveryWriteAsync(cluster, board);
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
    public async Task A_board_with_a_long_history_replays_from_a_snapshot_to_the_same_scores_as_a_model()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var random = new Random(7);
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("long");
        var newest = new Dictionary<string, LeaderboardScore>(StringComparer.Ordinal);

        // Each deactivation writes what changed (nothing when every score of the batch was stale).
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

        // A snapshot follows once the events since the previous one weigh as much, so a replay reads about twice the board,
        // and the events behind it are gone.
        var stream = await cluster.Services.GetRequiredService<IEventJournal>().ReadAsync(board.GetGrainId(), TestContext.Current.CancellationToken);
        Assert.NotNull(stream.Snapshot);
        Assert.InRange(stream.Events.Sum(e => e.Payload.Length), 0, 2 * stream.Snapshot.State.Length);
        Assert.InRange((await EveryWriteAsync(cluster, board)).Length, 1, stream.Events.Count + 1);
        await AssertRanksAsync(board, newest);
    }

    [Fact]
    public async Task A_write_that_finds_the_journal_moved_on_reads_it_again_and_loses_neither_side()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("contended");
        await board.SubmitAsync([new LeaderboardScore("ada", 10, 1), new LeaderboardScore("bob", 20, 1)]);
        await cluster.DeactivateAllAsync();
        await board.SubmitAsync([new LeaderboardScore("cy", 30, 1), new LeaderboardScore("ada", 12, 2)]);

        // A twin activation (a silo thought dead) appends behind this one's back: newer for ada, older for bob.
        var serializer = cluster.Services.GetRequiredService<IGrainSerializer>();
        var twin = new LeaderboardScoresRecorded([new LeaderboardScore("ada", 50, 5), new LeaderboardScore("bob", 1, 0)]);
        await cluster.Services.GetRequiredService<IEventJournal>().AppendAsync(
            new JournalAppend(board.GetGrainId(), 1, [(nameof(LeaderboardScoresRecorded), serializer.Serialize(twin))]), TestContext.Current.CancellationToken);
        await cluster.DeactivateAllAsync();

        Assert.Equal(["cy"], (await EveryWriteAsync(cluster, board))[^1].Scores.Select(s => s.MemberId));
        await AssertRanksAsync(board, new Dictionary<string, LeaderboardScore>
        {
            ["ada"] = new("ada", 50, 5),
            ["bob"] = new("bob", 20, 1),
            ["cy"] = new("cy", 30, 1),
        });
    }

    [Fact]
    public async Task A_board_written_whole_by_an_earlier_version_is_carried_into_the_journal_and_its_old_record_cleared()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("earlier");
        await LegacyBoards.WriteAsync(cluster.Services, board.GetGrainId(), new LeaderboardScore("ada", 30, 4), new LeaderboardScore("bob", 10, 2));

        await board.SubmitAsync([new LeaderboardScore("bob", 40, 3), new LeaderboardScore("ada", 99, 1)]);
        await cluster.DeactivateAllAsync();

        var written = Assert.Single(await EveryWriteAsync(cluster, board));
        Assert.Equal([("ada", 30m), ("bob", 40m)], written.Scores.OrderBy(s => s.MemberId, StringComparer.Ordinal).Select(s => (s.MemberId, s.Score)));
        Assert.False((await LegacyBoards.ReadAsync(cluster.Services, board.GetGrainId())).RecordExists);

        // During a rolling upgrade an older silo may write the whole board again: its newer scores count too.
        await LegacyBoards.WriteAsync(cluster.Services, board.GetGrainId(), new LeaderboardScore("bob", 45, 7), new LeaderboardScore("ada", 1, 0));
        await board.SubmitAsync([new LeaderboardScore("cy", 5, 1)]);
        await cluster.DeactivateAllAsync();

        await AssertRanksAsync(board, new Dictionary<string, LeaderboardScore>
        {
            ["ada"] = new("ada", 30, 4),
            ["bob"] = new("bob", 45, 7),
            ["cy"] = new("cy", 5, 1),
        });
        Assert.False((await LegacyBoards.ReadAsync(cluster.Services, board.GetGrainId())).RecordExists);
    }

    private static async Task AssertRanksAsync(ILeaderboardGrain board, Dictionary<string, LeaderboardScore> newest)
    {
        var ranked = newest.Values.Where(s => s.Score > 0).OrderByDescending(s => s.Score).ThenBy(s => s.MemberId, StringComparer.Ordinal).ToArray();
        var view = await board.GetAsync(LeaderboardGrain.MaxTop, ranked[^1].MemberId);
        Assert.Equal(ranked.Length, view.Members);
        Assert.Equal(ranked.Take(LeaderboardGrain.MaxTop).Select(s => (s.MemberId, s.Score)), view.Top.Select(e => (e.MemberId, e.Score)));
        Assert.Equal(ranked[^1].Score, view.Own?.Score);
    }

    // Every event the board wrote, oldest first, whether or not a snapshot covers it.
    private static async Task<LeaderboardScoresRecorded[]> EveryWriteAsync(TestCluster cluster, ILeaderboardGrain board)
    {
        var serializer = cluster.Services.GetRequiredService<IGrainSerializer>();
        var events = await cluster.Services.GetRequiredService<IEventJournal>()
            .ReadBackwardAsync(board.GetGrainId(), long.MaxValue, 1_000, cancellationToken: TestContext.Current.CancellationToken);
        return [.. events.Reverse().Select(e => serializer.Deserialize<LeaderboardScoresRecorded>(e.Payload.Span))];
    }

    // The write timer runs on the silo's clock; its tick completes on its own, so the journal is polled a bounded number of times.
    private async Task AdvanceUntilWrittenAsync(TestCluster cluster, ILeaderboardGrain board, int events)
    {
        _time.Advance(LeaderboardGrain.PersistInterval);
        for (var attempt = 0; attempt < 200 && (await EveryWriteAsync(cluster, board)).Length < events; attempt++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
