using Loyalty.Testing.Postgres;
using Npgsql;

namespace Loyalty.Runtime.Postgres.Tests;

public sealed class PostgresFixtureTests(PostgresFixtureTests.Database database)
    : IClassFixture<PostgresFixtureTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task A_row_written_to_the_class_database_reads_back()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using (var create = new NpgsqlCommand(
            "CREATE TABLE probe (id int PRIMARY KEY, note text NOT NULL); INSERT INTO probe VALUES (7, 'durable');",
            connection))
        {
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var read = new NpgsqlCommand("SELECT note FROM probe WHERE id = 7", connection);
        var note = await read.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.Equal("durable", note);
    }

    [Fact]
    public async Task Each_test_class_gets_a_database_of_its_own()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var name = new NpgsqlCommand("SELECT current_database()", connection);

        var current = (string?)await name.ExecuteScalarAsync(TestContext.Current.CancellationToken);

        Assert.StartsWith("t_database_", current);
    }
}
