using Npgsql;

namespace Loyalty.Runtime.Postgres.Tests.Migrations;

public sealed class SchemaMigratorTests(SchemaMigratorTests.Database database) : IClassFixture<SchemaMigratorTests.Database>
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : Loyalty.Testing.Postgres.PostgresDatabase(server);

    [Fact]
    public async Task Three_silos_migrating_at_once_leave_one_correct_schema()
    {
        var dataSources = Enumerable.Range(0, 3).Select(_ => NpgsqlDataSource.Create(database.ConnectionString)).ToArray();
        try
        {
            var applied = await Task.WhenAll(dataSources.Select(source => Task.Run(() => new SchemaMigrator(source).MigrateAsync())));

            Assert.Single(applied, versions => versions.Count > 0);
            Assert.Equal(2, applied.Count(versions => versions.Count == 0));
            var versions = await ReadVersionsAsync(dataSources[0]);
            Assert.Equal(Enumerable.Range(1, SchemaMigrator.LatestVersion), versions);
            Assert.Empty(await new SchemaMigrator(dataSources[1]).MigrateAsync(TestContext.Current.CancellationToken));
            Assert.Equal(5, await CountAsync(dataSources[0],
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename IN ('grain_state', 'journal_events', 'journal_snapshots', 'journal_idempotency', 'reminders')"));
        }
        finally
        {
            foreach (var source in dataSources)
            {
                await source.DisposeAsync();
            }
        }
    }

    private static async Task<List<int>> ReadVersionsAsync(NpgsqlDataSource source)
    {
        await using var command = source.CreateCommand("SELECT version FROM schema_version ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var versions = new List<int>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task<long> CountAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
