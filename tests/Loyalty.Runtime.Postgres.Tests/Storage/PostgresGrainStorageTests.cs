namespace Loyalty.Runtime.Postgres.Tests.Storage;

public sealed class PostgresGrainStorageTests(PostgresGrainStorageTests.Database database)
    : IClassFixture<PostgresGrainStorageTests.Database>
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : MigratedDatabase(server);

    private sealed class Holder<T> : IGrainState<T>
    {
        public T State { get; set; } = default!;
        public string? ETag { get; set; }
        public bool RecordExists { get; set; }
    }

    public sealed record Balance(long Points, string Tier);

    private async Task<PostgresGrainStorage> StorageAsync() =>
        new(await database.SharedAsync(), new JsonGrainSerializer(), "tests");

    [Fact]
    public async Task A_written_state_reads_back_with_its_etag()
    {
        var storage = await StorageAsync();
        var grain = TestGrains.New();
        var written = new Holder<Balance> { State = new Balance(120, "gold") };
        await storage.WriteStateAsync("balance", grain, written);

        var read = new Holder<Balance>();
        await storage.ReadStateAsync("balance", grain, read);

        Assert.Equal(new Balance(120, "gold"), read.State);
        Assert.Equal(written.ETag, read.ETag);
        Assert.True(read.RecordExists);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_fails_and_changes_nothing()
    {
        var storage = await StorageAsync();
        var grain = TestGrains.New();
        var first = new Holder<Balance> { State = new Balance(1, "base") };
        await storage.WriteStateAsync("balance", grain, first);
        var stale = new Holder<Balance> { State = new Balance(999, "stale"), ETag = first.ETag };
        first.State = new Balance(2, "base");
        await storage.WriteStateAsync("balance", grain, first);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("balance", grain, stale));

        var read = new Holder<Balance>();
        await storage.ReadStateAsync("balance", grain, read);
        Assert.Equal(new Balance(2, "base"), read.State);
    }

    [Fact]
    public async Task Of_twenty_parallel_first_writes_exactly_one_wins()
    {
        var storage = await StorageAsync();
        var grain = TestGrains.New();
        var writes = Enumerable.Range(0, 20).Select(async i =>
        {
            try
            {
                await storage.WriteStateAsync("balance", grain, new Holder<Balance> { State = new Balance(i, "racer") });
                return i;
            }
            catch (InconsistentStateException)
            {
                return -1;
            }
        });

        var winners = (await Task.WhenAll(writes)).Where(i => i >= 0).ToArray();

        var winner = Assert.Single(winners);
        var read = new Holder<Balance>();
        await storage.ReadStateAsync("balance", grain, read);
        Assert.Equal(winner, read.State.Points);
    }

    [Fact]
    public async Task A_clear_is_conditional_and_fences_writers_that_read_before_it()
    {
        var storage = await StorageAsync();
        var grain = TestGrains.New();
        var owner = new Holder<Balance> { State = new Balance(5, "base") };
        await storage.WriteStateAsync("balance", grain, owner);
        var stale = new Holder<Balance> { State = new Balance(6, "stale"), ETag = owner.ETag };

        await storage.ClearStateAsync("balance", grain, owner);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("balance", grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("balance", grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteStateAsync("balance", grain, new Holder<Balance> { State = new Balance(7, "new activation, no etag") }));
        var read = new Holder<Balance>();
        await storage.ReadStateAsync("balance", grain, read);
        Assert.False(read.RecordExists);
        Assert.Null(read.State);
        read.State = new Balance(8, "after clear");
        await storage.WriteStateAsync("balance", grain, read);
        Assert.True(read.RecordExists);
    }
}
