namespace Loyalty.Runtime.Postgres;

/// <summary>The event journal's connection and group-commit knobs.</summary>
public sealed class PostgresJournalOptions : PostgresOptions
{
    /// <summary>
    /// The longest an append waits for others to join its batch. Larger batches mean fewer fsyncs and
    /// more throughput; the price is up to this much added latency at low load.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Events per batch before it is sent without waiting for <see cref="MaxDelay"/>.</summary>
    public int MaxBatchRows { get; set; } = 8192;

    /// <summary>Batches committing at once: while one waits for its fsync the next is written.</summary>
    public int MaxBatchesInFlight { get; set; } = 2;

    /// <summary>False commits every append in its own transaction (the baseline group commit is measured against).</summary>
    public bool GroupCommit { get; set; } = true;

    /// <summary>The application_name of the journal's connections, to find them in pg_stat_activity.</summary>
    public string ApplicationName { get; set; } = "loyalty-journal";

    /// <inheritdoc />
    public override string? Validate() => base.Validate() ?? ValidateGroupCommit();

    /// <summary>Why the group-commit knobs are unusable, or null when they are fine.</summary>
    public string? ValidateGroupCommit() =>
        (MaxDelay < TimeSpan.Zero || MaxDelay > TimeSpan.FromSeconds(1) ? "MaxDelay must lie between 0 and 1 s."
        : MaxBatchRows < 1 ? "MaxBatchRows must be at least 1."
        : MaxBatchesInFlight < 1 ? "MaxBatchesInFlight must be at least 1."
        : null);
}
