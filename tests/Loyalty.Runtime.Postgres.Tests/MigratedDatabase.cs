using Loyalty.Testing.Postgres;
using Npgsql;

namespace Loyalty.Runtime.Postgres.Tests;

/// <summary>A class database with the schema applied, and helpers the provider tests share.</summary>
public class MigratedDatabase(PostgresServer server) : PostgresDatabase(server)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private NpgsqlDataSource? _shared;

    /// <summary>The class's shared data source on the migrated database (owned by the fixture).</summary>
    public async Task<NpgsqlDataSource> SharedAsync()
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            return _shared ??= await OpenAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A new data source on the class database (the caller disposes it); the schema is migrated first.</summary>
    public async Task<NpgsqlDataSource> OpenAsync(string? applicationName = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        if (applicationName is not null)
        {
            builder.ApplicationName = applicationName;
        }

        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(TestContext.Current.CancellationToken);
        return dataSource;
    }
}
