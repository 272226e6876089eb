using System.Globalization;
using Npgsql;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// Reminders in PostgreSQL, so they survive silo restarts. Each row carries its grain's uniform hash
/// for ring-range reads and a version that is its ETag.
/// </summary>
public sealed class PostgresReminderTable(NpgsqlDataSource dataSource, string serviceId) : IReminderTable
{
    private const string Columns = "grain_id, reminder_name, start_at, period_ms, version";

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(uint begin, uint end)
    {
        // (begin, end] on the ring; begin >= end wraps round past uint.MaxValue.
        var sql = begin < end
            ? $"SELECT {Columns} FROM reminders WHERE service_id = $1 AND grain_hash > $2 AND grain_hash <= $3"
            : $"SELECT {Columns} FROM reminders WHERE service_id = $1 AND (grain_hash > $2 OR grain_hash <= $3)";
        return QueryAsync(sql, (long)begin, (long)end);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ReminderEntry>> ReadRowsAsync(GrainId grainId) =>
        QueryAsync($"SELECT {Columns} FROM reminders WHERE service_id = $1 AND grain_id = $2", grainId.ToString());

    /// <inheritdoc />
    public async Task<ReminderEntry?> ReadRowAsync(GrainId grainId, string reminderName)
    {
        var rows = await QueryAsync(
            $"SELECT {Columns} FROM reminders WHERE service_id = $1 AND grain_id = $2 AND reminder_name = $3",
            grainId.ToString(), reminderName);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <inheritdoc />
    public async Task<string> UpsertRowAsync(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO reminders AS r (service_id, grain_id, reminder_name, grain_hash, start_at, period_ms, version)
            VALUES ($1, $2, $3, $4, $5, $6, 1)
            ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
            SET start_at = excluded.start_at, period_ms = excluded.period_ms, version = r.version + 1
            RETURNING version
            """);
        AddParameters(command, serviceId, entry.GrainId.ToString(), entry.ReminderName, (long)entry.GrainId.GetUniformHashCode(),
            entry.StartAt.ToUniversalTime(), (long)entry.Period.TotalMilliseconds);
        var version = (long)(await command.ExecuteScalarAsync())!;
        return version.ToString(CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<bool> RemoveRowAsync(GrainId grainId, string reminderName, string eTag)
    {
        if (!long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        await using var command = dataSource.CreateCommand(
            "DELETE FROM reminders WHERE service_id = $1 AND grain_id = $2 AND reminder_name = $3 AND version = $4");
        AddParameters(command, serviceId, grainId.ToString(), reminderName, version);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    private async Task<IReadOnlyList<ReminderEntry>> QueryAsync(string sql, params object[] arguments)
    {
        await using var command = dataSource.CreateCommand(sql);
        AddParameters(command, [serviceId, .. arguments]);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ReminderEntry>();
        while (await reader.ReadAsync())
        {
            rows.Add(new ReminderEntry(
                GrainId.Parse(reader.GetString(0)),
                reader.GetString(1),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(2), TimeSpan.Zero),
                TimeSpan.FromMilliseconds(reader.GetInt64(3)),
                reader.GetInt64(4).ToString(CultureInfo.InvariantCulture)));
        }

        return rows;
    }

    private static void AddParameters(NpgsqlCommand command, params object[] values)
    {
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
    }
}
