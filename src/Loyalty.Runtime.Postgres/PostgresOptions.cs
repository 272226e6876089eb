namespace Loyalty.Runtime.Postgres;

/// <summary>Where a PostgreSQL provider keeps its data.</summary>
public class PostgresOptions
{
    /// <summary>The Npgsql connection string (required).</summary>
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>Separates clusters sharing one database (grain state and reminders are keyed by it).</summary>
    public string ServiceId { get; set; } = "loyalty";

    /// <summary>Whether the silo applies the embedded schema migrations on start.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public virtual string? Validate() =>
        string.IsNullOrWhiteSpace(ConnectionString) ? "ConnectionString is required."
        : string.IsNullOrWhiteSpace(ServiceId) ? "ServiceId is required."
        : null;
}
