using Npgsql;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// Commits one batch of appends in one transaction and works out each append's fate.
/// Large batches first try <see cref="JournalBulkCopy"/>; when that meets a conflict (and for a while
/// after one, since conflicts come in runs) the batch goes the conflict-resolving way:
/// round trip 1 inserts all events and idempotency records with ON CONFLICT DO NOTHING and returns
/// only the appends that did not get all their rows. When there are any, round trip 2 deletes the
/// rows those appends did insert (still uncommitted, so nobody ever saw them) and reads the stored
/// records behind duplicate keys. Then COMMIT. A conflict thus fails only its own append, and no
/// append is ever committed in part; an error anywhere rolls back the whole batch.
/// </summary>
internal sealed class JournalBatchCommitter(NpgsqlDataSource dataSource, int bulkCopyMinAppends = JournalBatchCommitter.DefaultBulkCopyMinAppends)
{
    /// <summary>Below this many appends COPY's extra round trips cost more than they save.</summary>
    public const int DefaultBulkCopyMinAppends = 32;

    private const int ResolvingBatchesAfterConflict = 16;
    private int _resolvingBatchesLeft;

    /// <summary>Commits <paramref name="batch"/>; returns the appends that failed on their own, with their errors. Throws when the transaction failed.</summary>
    public async Task<IReadOnlyDictionary<PendingAppend, Exception>> CommitAsync(IReadOnlyList<PendingAppend> batch)
    {
        var rows = JournalRows.From(batch);
        if (batch.Count >= bulkCopyMinAppends && Volatile.Read(ref _resolvingBatchesLeft) <= 0)
        {
            if (await JournalBulkCopy.TryCommitAsync(dataSource, rows))
            {
                return new Dictionary<PendingAppend, Exception>();
            }

            Volatile.Write(ref _resolvingBatchesLeft, ResolvingBatchesAfterConflict);
        }
        else if (batch.Count >= bulkCopyMinAppends)
        {
            Interlocked.Decrement(ref _resolvingBatchesLeft);
        }

        return await CommitResolvingConflictsAsync(rows);
    }

    private async Task<IReadOnlyDictionary<PendingAppend, Exception>> CommitResolvingConflictsAsync(JournalRows rows)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var conflicts = await InsertAsync(connection, rows);
        var failures = conflicts.IsEmpty
            ? new Dictionary<PendingAppend, Exception>()
            : await UndoAsync(connection, rows, conflicts);
        await transaction.CommitAsync();
        return failures;
    }

    private static async Task<JournalConflicts> InsertAsync(NpgsqlConnection connection, JournalRows rows)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command(JournalSql.InsertEvents,
            rows.EventGrains, rows.Sequences, rows.EventTypes, rows.Payloads, rows.AppendGrains, rows.AppendSizes));
        if (rows.KeyGrains.Length > 0)
        {
            batch.BatchCommands.Add(Command(JournalSql.InsertIdempotency,
                rows.KeyGrains, rows.Keys, rows.RequestHashes, rows.Results, rows.KeySequences));
        }

        var conflicts = new JournalConflicts();
        await using var reader = await batch.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            conflicts.AddShortAppend(reader.GetString(0), await reader.IsDBNullAsync(1) ? null : reader.GetInt64(1));
        }

        if (await reader.NextResultAsync())
        {
            while (await reader.ReadAsync())
            {
                conflicts.AddDuplicateKey(reader.GetString(0));
            }
        }

        return conflicts;
    }

    private static async Task<Dictionary<PendingAppend, Exception>> UndoAsync(NpgsqlConnection connection, JournalRows rows, JournalConflicts conflicts)
    {
        var undo = conflicts.PlanUndo(rows);
        await using var batch = new NpgsqlBatch(connection);
        // The read goes first so its rows are the reader's first result; the deletes never touch those rows.
        batch.BatchCommands.Add(Command(JournalSql.ReadIdempotency, undo.DuplicateGrains.ToArray(), undo.DuplicateKeys.ToArray()));
        batch.BatchCommands.Add(Command(JournalSql.DeleteEvents, undo.EventGrains.ToArray(), undo.Sequences.ToArray()));
        batch.BatchCommands.Add(Command(JournalSql.DeleteIdempotency, undo.KeyGrains.ToArray(), undo.Keys.ToArray()));
        var stored = new Dictionary<string, Loyalty.Runtime.Journaling.IdempotencyRecord>(StringComparer.Ordinal);
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored[reader.GetString(0)] = new(reader.GetString(1), reader.GetString(2), JournalSql.ResultOrEmpty(reader, 3), reader.GetBoolean(4));
            }
        }

        return conflicts.Failures(rows, stored);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] arrays)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var array in arrays)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = array });
        }

        return command;
    }
}
