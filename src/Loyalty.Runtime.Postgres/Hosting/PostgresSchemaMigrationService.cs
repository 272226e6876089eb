using Microsoft.Extensions.Hosting;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// Applies the embedded migrations to every database a provider uses, in the host's Starting phase —
/// before any hosted service (the silo included) starts — so no grain ever meets an old schema.
/// </summary>
internal sealed class PostgresSchemaMigrationService(
    IServiceProvider services,
    IEnumerable<PostgresSchemaTarget> targets,
    PostgresDataSources dataSources) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var connectionStrings = targets.Select(target => target.ConnectionString(services))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        foreach (var connectionString in connectionStrings)
        {
            await new SchemaMigrator(dataSources.Get(connectionString)).MigrateAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
