using System.Collections.Concurrent;
using Npgsql;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// The silo's Npgsql data sources (connection pools), one per connection string and application
/// name, shared by the providers that use them and disposed with the host.
/// </summary>
internal sealed class PostgresDataSources : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string ConnectionString, string? ApplicationName), Lazy<NpgsqlDataSource>> _sources = new();

    public NpgsqlDataSource Get(string connectionString, string? applicationName = null) =>
        _sources.GetOrAdd((connectionString, applicationName), key => new Lazy<NpgsqlDataSource>(() =>
        {
            var builder = new NpgsqlConnectionStringBuilder(key.ConnectionString);
            if (key.ApplicationName is not null)
            {
                builder.ApplicationName = key.ApplicationName;
            }

            return NpgsqlDataSource.Create(builder.ConnectionString);
        })).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources.Values.Where(lazy => lazy.IsValueCreated))
        {
            await source.Value.DisposeAsync();
        }
    }
}
