using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Loyalty.Runtime.Postgres;

/// <summary>The meter and instrument names of the PostgreSQL providers, in one place for dashboards and tests.</summary>
public static class PostgresTelemetry
{
    /// <summary>The meter every instrument below belongs to.</summary>
    public const string MeterName = "Loyalty.Runtime.Postgres";

    /// <summary>Histogram: appends per group commit.</summary>
    public const string JournalBatchSize = "loyalty.journal.commit.batch_size";

    /// <summary>Histogram (ms): time of one journal transaction, first statement to COMMIT acknowledged.</summary>
    public const string JournalCommitLatency = "loyalty.journal.commit.duration";

    /// <summary>Counter: journal transactions that failed as a whole (every caller in them got an error).</summary>
    public const string JournalCommitErrors = "loyalty.journal.commit.errors";

    /// <summary>Counter: appends rejected for a stale sequence or a duplicate idempotency key.</summary>
    public const string JournalAppendConflicts = "loyalty.journal.append.conflicts";

    /// <summary>Histogram (ms): grain state reads.</summary>
    public const string StorageReadLatency = "loyalty.storage.read.duration";

    /// <summary>Histogram (ms): grain state writes and clears.</summary>
    public const string StorageWriteLatency = "loyalty.storage.write.duration";

    /// <summary>Counter: grain storage operations that failed (ETag conflicts included).</summary>
    public const string StorageErrors = "loyalty.storage.errors";

    /// <summary>
    /// The activity source of the journal's spans: <see cref="JournalAppendSpan"/> in each appending trace, and
    /// <see cref="JournalCommitSpan"/> per group commit, linked to every append it carried.
    /// </summary>
    public const string ActivitySourceName = "Loyalty.Runtime.Postgres";

    /// <summary>Span in the caller's trace: from queuing an append until its batch committed.</summary>
    public const string JournalAppendSpan = "journal.append";

    /// <summary>Span of one group-commit transaction; a root with a link to each append it made durable.</summary>
    public const string JournalCommitSpan = "journal.commit";

    internal static readonly ActivitySource ActivitySource = new(ActivitySourceName);

    internal static readonly Meter Meter = new(MeterName);

    internal static readonly Histogram<int> BatchSize = Meter.CreateHistogram<int>(JournalBatchSize, "{append}");
    internal static readonly Histogram<double> CommitLatency = Meter.CreateHistogram<double>(JournalCommitLatency, "ms");
    internal static readonly Counter<long> CommitErrors = Meter.CreateCounter<long>(JournalCommitErrors, "{transaction}");
    internal static readonly Counter<long> AppendConflicts = Meter.CreateCounter<long>(JournalAppendConflicts, "{append}");
    internal static readonly Histogram<double> ReadLatency = Meter.CreateHistogram<double>(StorageReadLatency, "ms");
    internal static readonly Histogram<double> WriteLatency = Meter.CreateHistogram<double>(StorageWriteLatency, "ms");
    internal static readonly Counter<long> StorageErrorCount = Meter.CreateCounter<long>(StorageErrors, "{operation}");
}
