using Npgsql;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// Brings a database up to the newest embedded schema. All of it happens in one transaction that
/// first takes a transaction-level advisory lock, so silos starting together queue up: the first
/// applies the scripts, the others then find every version in <c>schema_version</c> and do nothing.
/// PostgreSQL's transactional DDL means a failed script leaves no half-made schema.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource)
{
    // An arbitrary application-wide key ("LOYALSCM" as ASCII); any other user of advisory locks must avoid it.
    private const long AdvisoryLockKey = 0x4C4F59414C53434D;

    /// <summary>The newest schema version this assembly knows.</summary>
    public static int LatestVersion => EmbeddedMigration.All[^1].Version;

    /// <summary>Applies every script the database lacks; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    integer     PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now())
            """, cancellationToken);

        var applied = await AppliedVersionsAsync(connection, cancellationToken);
        var newlyApplied = new List<int>();
        foreach (var migration in EmbeddedMigration.All.Where(m => !applied.Contains(m.Version)))
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES ($1, $2)", connection);
            record.Parameters.Add(new() { Value = migration.Version });
            record.Parameters.Add(new() { Value = migration.Name });
            await record.ExecuteNonQueryAsync(cancellationToken);
            newlyApplied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return newlyApplied;
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version FROM schema_version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
