using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Loyalty.Testing.Postgres;

namespace Loyalty.Grains.Tests.Leaderboards;

public sealed class DurableLeaderboardTests(DurableLeaderboardTests.Database database) : IClassFixture<DurableLeaderboardTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_board_carried_over_from_grain_state_keeps_its_ranks_across_a_silo_restart_on_PostgreSQL()
    {
        var cluster = await StartAsync();
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("durable");
        await LegacyBoards.WriteAsync(cluster.Services, board.GetGrainId(), new LeaderboardScore("ada", 30, 4), new LeaderboardScore("bob", 10, 2));
        await board.SubmitAsync([new LeaderboardScore("bob", 40, 3), new LeaderboardScore("cy", 35, 1)]);
        await cluster.DisposeAsync(); // a stopping silo writes what its boards hold

        await using var restarted = await StartAsync();
        var view = await restarted.GrainFactory.GetGrain<ILeaderboardGrain>("durable").GetAsync(10, "ada");

        Assert.Equal([("bob", 40m, 1), ("cy", 35m, 2), ("ada", 30m, 3)], view.Top.Select(e => (e.MemberId, e.Score, e.Rank)));
        Assert.Equal(3, view.Own?.Rank);
        Assert.False((await LegacyBoards.ReadAsync(restarted.Services, board.GetGrainId())).RecordExists);
    }

    private Task<TestCluster> StartAsync() => LoyaltySilo.StartAsync(
        _time,
        silo => silo.UsePostgres(database.ConnectionString).AddPostgresGrainStorage(LoyaltyStorage.Name, o => o.ConnectionString = database.ConnectionString));
}
