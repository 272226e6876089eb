namespace Loyalty.Testing.Postgres;

/// <summary>A class fixture: a fresh database on the shared <see cref="PostgresServer"/>, dropped afterwards.</summary>
public class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    private string? _connectionString;

    /// <summary>Connection string of this class's own database (skips or fails the test when there is no server).</summary>
    public string ConnectionString => _connectionString ?? server.RequireAdminConnectionString();

    /// <summary>The server the database lives on (for tests that need a second database or admin access).</summary>
    public PostgresServer Server => server;

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
