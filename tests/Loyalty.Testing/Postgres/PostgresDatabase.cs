using Npgsql;

namespace Loyalty.Testing.Postgres;

/// <summary>A class fixture: a fresh database on the shared <see cref="PostgresServer"/>, dropped afterwards.</summary>
public class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    private string? _connectionString;

    /// <summary>Connection string of this class's own database (skips or fails the test when there is no server).</summary>
    public string ConnectionString => _connectionString ?? server.RequireAdminConnectionString();

    /// <summary>The server the database lives on (for tests that need a second database or admin access).</summary>
    public PostgresServer Server => server;

    /// <summary>Runs a scalar query on the class database.</summary>
    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (server.IsAvailable)
        {
            _connectionString = await server.CreateDatabaseAsync(GetType().Name);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await server.DropDatabaseAsync(_connectionString);
        }

        GC.SuppressFinalize(this);
    }
}
