using System.Diagnostics;
using Loyalty.Runtime.Journaling;
using Npgsql;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// The durable <see cref="IEventJournal"/>: events keyed by (grain, sequence), so the sequence is the
/// fencing token; appends go through the silo's group-commit <see cref="JournalWriter"/> (or, with
/// <see cref="PostgresJournalOptions.GroupCommit"/> off, one transaction each). An append's task
/// completes only after COMMIT with <c>synchronous_commit</c> on: acknowledged means durable.
/// </summary>
public sealed class PostgresEventJournal : IEventJournal, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly JournalBatchCommitter _committer;
    private readonly JournalWriter? _writer;

    /// <summary>Creates the journal on <paramref name="dataSource"/>; it does not own the data source.</summary>
    public PostgresEventJournal(NpgsqlDataSource dataSource, PostgresJournalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ValidateGroupCommit() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _dataSource = dataSource;
        _committer = new JournalBatchCommitter(dataSource);
        _writer = options.GroupCommit ? new JournalWriter(_committer, options) : null;
    }

    /// <inheritdoc />
    public async Task<JournalStream> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(JournalSql.Read);
        command.Parameters.Add(new() { Value = grainId.ToString() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        JournalSnapshot? snapshot = null;
        var events = new List<JournalEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var sequence = reader.GetInt64(1);
            var payload = reader.GetFieldValue<byte[]>(3);
            if (reader.GetInt32(0) == 0)
            {
                snapshot = new JournalSnapshot(sequence, payload);
            }
            else
            {
                events.Add(new JournalEvent(sequence, reader.GetString(2), payload));
            }
        }

        return new JournalStream(snapshot, events);
    }

    /// <inheritdoc />
    public Task AppendAsync(JournalAppend append, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(append);
        if (append.Events.Count == 0)
        {
            throw new ArgumentException("An append carries at least one event.", nameof(append));
        }

        // Cancellation is honoured only before the append is queued: once in a batch, its outcome is the batch's.
        cancellationToken.ThrowIfCancellationRequested();
        return TracedAppendAsync(append);
    }

    // The append span is current while the pending append is made, so the commit span can link to it.
    private async Task TracedAppendAsync(JournalAppend append)
    {
        using var span = PostgresTelemetry.ActivitySource.StartActivity(PostgresTelemetry.JournalAppendSpan);
        span?.SetTag("loyalty.grain_id", append.GrainId.ToString());
        var pending = new PendingAppend(append);
        try
        {
            await (_writer is null ? CommitAloneAsync(pending) : _writer.EnqueueAsync(pending));
        }
        catch (Exception error)
        {
            span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            throw;
        }
    }

    /// <inheritdoc />
    public async Task WriteSnapshotAsync(GrainId grainId, JournalSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await using var command = _dataSource.CreateCommand(JournalSql.WriteSnapshot);
        command.Parameters.Add(new() { Value = grainId.ToString() });
        command.Parameters.Add(new() { Value = snapshot.Sequence });
        // The bytes as they are: a member's snapshot runs to hundreds of KB, and a copy of that size is a large-object
        // allocation, which the GC pays for with a full collection sooner.
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>() { TypedValue = snapshot.State, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEvent>> ReadBackwardAsync(
        GrainId grainId, long beforeSequence, int limit, string? eventType = null, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(JournalSql.ReadBackward);
        command.Parameters.Add(new() { Value = grainId.ToString() });
        command.Parameters.Add(new() { Value = beforeSequence });
        command.Parameters.Add(new() { Value = limit });
        command.Parameters.Add(new() { Value = (object?)eventType ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<JournalEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new JournalEvent(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
        }

        return events;
    }

    /// <inheritdoc />
    public async Task DeleteEventsBeforeSnapshotAsync(GrainId grainId, long sequence, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(JournalSql.DeleteEventsBeforeSnapshot);
        command.Parameters.Add(new() { Value = grainId.ToString() });
        command.Parameters.Add(new() { Value = sequence });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IdempotencyRecord?> FindIdempotencyRecordAsync(GrainId grainId, string key, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand(JournalSql.FindIdempotency);
        command.Parameters.Add(new() { Value = grainId.ToString() });
        command.Parameters.Add(new() { Value = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new IdempotencyRecord(reader.GetString(0), reader.GetString(1), JournalSql.ResultOrEmpty(reader, 2), reader.GetBoolean(3))
            : null;
    }

    /// <summary>Commits what is queued, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }
    }

    private async Task CommitAloneAsync(PendingAppend pending)
    {
        IReadOnlyDictionary<PendingAppend, Exception> failures;
        try
        {
            failures = await _committer.CommitAsync([pending]);
        }
        catch (Exception error)
        {
            PostgresTelemetry.CommitErrors.Add(1);
            throw new JournalCommitException("The journal transaction holding this append did not commit.", error);
        }

        if (failures.TryGetValue(pending, out var conflict))
        {
            PostgresTelemetry.AppendConflicts.Add(1);
            throw conflict;
        }
    }
}
