using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Postgres.Tests.Journaling;

public sealed class JournaledStateTests(JournaledStateTests.Database database) : IClassFixture<JournaledStateTests.Database>
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : MigratedDatabase(server);

    public sealed record PointsEarned(long Points, string Store);

    public sealed record Ledger(long Balance, int Entries, string LastStore, long Checksum);

    private static readonly JsonGrainSerializer Serializer = new();

    // Order-sensitive on purpose: a replay that skips, repeats or reorders an event changes the checksum.
    private static Ledger Apply(Ledger ledger, PointsEarned earned) =>
        new(ledger.Balance + earned.Points, ledger.Entries + 1, earned.Store, unchecked((ledger.Checksum * 31) + earned.Points));

    private static Ledger Empty() => new(0, 0, "", 17);

    private static JournaledState<Ledger, PointsEarned> Member(IEventJournal journal, GrainId grain, int snapshotInterval) =>
        new(grain, journal, Serializer, Empty, Apply, new JournaledStateOptions { SnapshotInterval = snapshotInterval });

    [Fact]
    public async Task Snapshot_plus_tail_rebuilds_exactly_the_state_of_a_full_replay()
    {
        await using var journal = new PostgresEventJournal(await database.SharedAsync(), new PostgresJournalOptions());
        var grain = TestGrains.New();
        var random = new Random(42);
        var writer = Member(journal, grain, snapshotInterval: 7);
        await writer.ReadAsync(TestContext.Current.CancellationToken);
        var history = new List<PointsEarned>();
        for (var i = 0; i < 30; i++)
        {
            var batch = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new PointsEarned(random.Next(1, 500), $"store-{random.Next(9)}")).ToArray();
            await writer.AppendAsync(batch, cancellationToken: TestContext.Current.CancellationToken);
            history.AddRange(batch);
        }

        var fromSnapshot = Member(journal, grain, snapshotInterval: 7);
        await fromSnapshot.ReadAsync(TestContext.Current.CancellationToken);
        var fullReplay = await FullReplayAsync(grain);

        var stream = await journal.ReadAsync(grain, TestContext.Current.CancellationToken);
        Assert.NotNull(stream.Snapshot);
        Assert.True(stream.Events.Count < 7, "replay must start from the snapshot");
        Assert.Equal(history.Aggregate(Empty(), Apply), fullReplay);
        Assert.Equal(fullReplay, fromSnapshot.State);
        Assert.Equal(history.Count, fromSnapshot.Version);
        Assert.Equal(writer.State, fromSnapshot.State);
    }

    [Fact]
    public async Task A_rejected_append_leaves_state_and_version_unchanged()
    {
        await using var journal = new PostgresEventJournal(await database.SharedAsync(), new PostgresJournalOptions());
        var grain = TestGrains.New();
        var stale = Member(journal, grain, snapshotInterval: 0);
        await stale.ReadAsync(TestContext.Current.CancellationToken);
        await stale.AppendAsync(new PointsEarned(10, "a"), cancellationToken: TestContext.Current.CancellationToken);
        var newer = Member(journal, grain, snapshotInterval: 0);
        await newer.ReadAsync(TestContext.Current.CancellationToken);
        await newer.AppendAsync(new PointsEarned(20, "b"), cancellationToken: TestContext.Current.CancellationToken);
        var before = stale.State;

        await Assert.ThrowsAsync<InconsistentStateException>(() => stale.AppendAsync(new PointsEarned(99, "stale"), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Same(before, stale.State);
        Assert.Equal(1, stale.Version);
    }

    /// <summary>Folds every stored event of the grain from sequence 1, ignoring snapshots.</summary>
    private async Task<Ledger> FullReplayAsync(GrainId grain)
    {
        await using var command = (await database.SharedAsync()).CreateCommand(
            "SELECT payload FROM journal_events WHERE grain_id = $1 ORDER BY sequence");
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = grain.ToString() });
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var ledger = Empty();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            ledger = Apply(ledger, Serializer.Deserialize<PointsEarned>(reader.GetFieldValue<byte[]>(0)));
        }

        return ledger;
    }
}
