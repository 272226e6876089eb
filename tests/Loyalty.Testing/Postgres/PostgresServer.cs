using Npgsql;

namespace Loyalty.Testing.Postgres;

/// <summary>
/// One PostgreSQL server per test assembly: the one named by <c>LOYALTY_TEST_POSTGRES</c>, or a
/// throwaway server started from the machine's <c>initdb</c>/<c>postgres</c>. Register it with
/// <c>[assembly: AssemblyFixture(typeof(PostgresServer))]</c>; test classes get their own database
/// through <see cref="CreateDatabaseAsync"/> (usually via <see cref="PostgresDatabase"/>).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>Environment variable holding an existing server's admin connection string.</summary>
    public const string ConnectionStringVariable = "LOYALTY_TEST_POSTGRES";

    private ThrowawayPostgres? _throwaway;
    private string? _adminConnectionString;
    private string? _unavailableReason;

    /// <summary>Starts (or finds) the server; failures are kept and reported by each test that needs it.</summary>
    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _adminConnectionString = configured;
            return;
        }

        try
        {
            _throwaway = await ThrowawayPostgres.StartAsync(TestContext.Current.CancellationToken);
            _adminConnectionString = _throwaway.AdminConnectionString;
        }
        catch (PostgresUnavailableException ex)
        {
            _unavailableReason = ex.Message;
        }
    }

    /// <summary>Whether a server is reachable; when not, <see cref="RequireAdminConnectionString"/> says why.</summary>
    public bool IsAvailable => _adminConnectionString is not null;

    /// <summary>Creates an empty database for one test class and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var admin = RequireAdminConnectionString();
        var name = DatabaseName.For(purpose);
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
        {
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its sessions first.</summary>
    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(RequireAdminConnectionString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Stops the throwaway server and deletes its files.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_throwaway is not null)
        {
            await _throwaway.DisposeAsync();
        }
    }

    /// <summary>
    /// The admin connection string. Without a server, fails the calling test under <c>CI=true</c>
    /// and skips it elsewhere, naming what is missing — never a vacuous pass.
    /// </summary>
    public string RequireAdminConnectionString()
    {
        if (_adminConnectionString is not null)
        {
            return _adminConnectionString;
        }

        var reason = $"PostgreSQL is unavailable: {_unavailableReason} " +
                     $"Install PostgreSQL's server binaries (initdb, postgres) or set {ConnectionStringVariable}.";
        // In CI a missing database must fail loudly; on a laptop it is an honest skip.
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
        return null!;
    }
}
