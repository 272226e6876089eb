namespace Loyalty.Runtime.Postgres;

/// <summary>
/// Statements of <see cref="PostgresGrainStorage"/>. Parameters: $1 service, $2 grain type, $3 grain key,
/// $4 state name, then $5 payload and/or the expected version. Each returns the new version, or no row on a conflict.
/// </summary>
internal static class GrainStateSql
{
    private const string Key = "service_id = $1 AND grain_type = $2 AND grain_id = $3 AND state_name = $4";

    public const string Read = $"SELECT version, payload FROM grain_state WHERE {Key}";

    // ON CONFLICT DO NOTHING on the primary key: of many racing first writes exactly one inserts;
    // the others get no row back. $6 is unused but keeps one parameter list for insert and update.
    public const string Insert = """
        INSERT INTO grain_state (service_id, grain_type, grain_id, state_name, version, payload)
        SELECT $1, $2, $3, $4, 1, $5 WHERE $6::integer = 0
        ON CONFLICT DO NOTHING
        RETURNING version
        """;

    public const string Update = $"""
        UPDATE grain_state SET version = version + 1, payload = $5, modified_at = now()
        WHERE {Key} AND version = $6
        RETURNING version
        """;

    public const string Clear = $"""
        UPDATE grain_state SET version = version + 1, payload = NULL, modified_at = now()
        WHERE {Key} AND version = $5
        RETURNING version
        """;

    // Clearing a state the caller never saw written succeeds only if nothing live is stored.
    public const string ClearNeverWritten = $"""
        SELECT 0 WHERE $5::integer = 0 AND NOT EXISTS (SELECT 1 FROM grain_state WHERE {Key} AND payload IS NOT NULL)
        """;
}
