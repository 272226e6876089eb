namespace Loyalty.Runtime.Postgres;

/// <summary>A database some registered provider uses; the migration service brings each one up to date once.</summary>
/// <param name="ConnectionString">Resolves the provider's validated connection string, or null when it opted out of migrating.</param>
internal sealed record PostgresSchemaTarget(Func<IServiceProvider, string?> ConnectionString);
