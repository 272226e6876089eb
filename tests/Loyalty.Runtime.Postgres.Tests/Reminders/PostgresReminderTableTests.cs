namespace Loyalty.Runtime.Postgres.Tests.Reminders;

public sealed class PostgresReminderTableTests(PostgresReminderTableTests.Database database)
    : IClassFixture<PostgresReminderTableTests.Database>
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : MigratedDatabase(server);

    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reminders_survive_recreating_the_table_object()
    {
        var grain = TestGrains.New();
        var eTag = await new PostgresReminderTable(await database.SharedAsync(), "svc-a")
            .UpsertRowAsync(new ReminderEntry(grain, "expire-points", Start, TimeSpan.FromHours(24)));

        await using var afterRestart = await database.OpenAsync();
        var row = await new PostgresReminderTable(afterRestart, "svc-a").ReadRowAsync(grain, "expire-points");

        Assert.Equal(new ReminderEntry(grain, "expire-points", Start, TimeSpan.FromHours(24), eTag), row);
    }

    [Fact]
    public async Task Removal_needs_the_current_etag()
    {
        var table = new PostgresReminderTable(await database.SharedAsync(), "svc-b");
        var grain = TestGrains.New();
        var first = await table.UpsertRowAsync(new ReminderEntry(grain, "tick", Start, TimeSpan.FromMinutes(1)));
        var second = await table.UpsertRowAsync(new ReminderEntry(grain, "tick", Start, TimeSpan.FromMinutes(2)));

        Assert.NotEqual(first, second);
        Assert.False(await table.RemoveRowAsync(grain, "tick", first));
        Assert.True(await table.RemoveRowAsync(grain, "tick", second));
        Assert.Null(await table.ReadRowAsync(grain, "tick"));
    }

    [Fact]
    public async Task Range_reads_split_the_ring_without_overlap_or_loss()
    {
        var table = new PostgresReminderTable(await database.SharedAsync(), "svc-c");
        var grains = Enumerable.Range(0, 40).Select(_ => TestGrains.New()).ToArray();
        foreach (var grain in grains)
        {
            await table.UpsertRowAsync(new ReminderEntry(grain, "r", Start, TimeSpan.FromMinutes(5)));
        }

        const uint a = 0x40000000, b = 0xC0000000;
        var firstHalf = await table.ReadRowsAsync(a, b);
        var wrapped = await table.ReadRowsAsync(b, a);

        Assert.All(firstHalf, r => Assert.InRange(r.GrainId.GetUniformHashCode(), a + 1, b));
        Assert.All(wrapped, r => Assert.True(r.GrainId.GetUniformHashCode() > b || r.GrainId.GetUniformHashCode() <= a));
        Assert.Equal(grains.ToHashSet(), firstHalf.Concat(wrapped).Select(r => r.GrainId).ToHashSet());
        Assert.Equal(40, firstHalf.Count + wrapped.Count);
        Assert.Equal(40, (await table.ReadRowsAsync(0u, 0u)).Count);
    }

    [Fact]
    public async Task Service_ids_keep_clusters_apart()
    {
        var grain = TestGrains.New();
        await new PostgresReminderTable(await database.SharedAsync(), "svc-d").UpsertRowAsync(new ReminderEntry(grain, "r", Start, TimeSpan.FromMinutes(5)));

        Assert.Empty(await new PostgresReminderTable(await database.SharedAsync(), "svc-e").ReadRowsAsync(grain));
    }
}
