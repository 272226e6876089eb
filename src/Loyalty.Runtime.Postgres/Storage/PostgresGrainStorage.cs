using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Loyalty.Runtime.Postgres;

/// <summary>
/// Grain state in PostgreSQL with optimistic concurrency: the ETag is the row's integer version.
/// A first write inserts only if no row exists (the primary key settles races), later writes and
/// clears update only the version they read. Payloads are bytea: the serializer is pluggable and
/// its bytes round-trip exactly, and PostgreSQL never has to parse them.
/// </summary>
public sealed class PostgresGrainStorage(NpgsqlDataSource dataSource, IGrainSerializer serializer, string serviceId) : IGrainStorage
{
    /// <inheritdoc />
    public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState) =>
        MeasureAsync(PostgresTelemetry.ReadLatency, async () =>
        {
            ArgumentNullException.ThrowIfNull(grainState);
            await using var command = Command(GrainStateSql.Read, stateName, grainId);
            await using var reader = await command.ExecuteReaderAsync();
            if (!await reader.ReadAsync())
            {
                Reset(grainState, eTag: null);
                return;
            }

            var version = reader.GetInt32(0);
            if (await reader.IsDBNullAsync(1))
            {
                Reset(grainState, ETagOf(version));
                return;
            }

            grainState.State = serializer.Deserialize<TState>(reader.GetFieldValue<byte[]>(1));
            grainState.ETag = ETagOf(version);
            grainState.RecordExists = true;
        });

    /// <inheritdoc />
    public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState) =>
        MeasureAsync(PostgresTelemetry.WriteLatency, async () =>
        {
            ArgumentNullException.ThrowIfNull(grainState);
            var payload = serializer.Serialize(grainState.State);
            var expected = ParseETag(grainState.ETag);
            await using var command = Command(expected is null ? GrainStateSql.Insert : GrainStateSql.Update, stateName, grainId);
            command.Parameters.Add(new() { Value = payload });
            command.Parameters.Add(new() { Value = expected ?? 0 });
            var version = await command.ExecuteScalarAsync() as int?
                          ?? throw Conflict("write", stateName, grainId, grainState.ETag);
            grainState.ETag = ETagOf(version);
            grainState.RecordExists = true;
        });

    /// <inheritdoc />
    public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState) =>
        MeasureAsync(PostgresTelemetry.WriteLatency, async () =>
        {
            ArgumentNullException.ThrowIfNull(grainState);
            var expected = ParseETag(grainState.ETag);
            await using var command = Command(expected is null ? GrainStateSql.ClearNeverWritten : GrainStateSql.Clear, stateName, grainId);
            command.Parameters.Add(new() { Value = expected ?? 0 });
            var version = await command.ExecuteScalarAsync() as int?
                          ?? throw Conflict("clear", stateName, grainId, grainState.ETag);
            // The row stays as a tombstone so its version keeps fencing writers that read before the clear.
            Reset(grainState, expected is null ? null : ETagOf(version));
        });

    private NpgsqlCommand Command(string sql, string stateName, GrainId grainId)
    {
        var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new() { Value = serviceId });
        command.Parameters.Add(new() { Value = grainId.Type.Value });
        command.Parameters.Add(new() { Value = grainId.Key });
        command.Parameters.Add(new() { Value = stateName });
        return command;
    }

    private static void Reset<TState>(IGrainState<TState> grainState, string? eTag)
    {
        grainState.State = default!;
        grainState.ETag = eTag;
        grainState.RecordExists = false;
    }

    private static string ETagOf(int version) => version.ToString(CultureInfo.InvariantCulture);

    private static int? ParseETag(string? eTag) =>
        eTag is null ? null
        : int.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw new InconsistentStateException($"'{eTag}' is not an ETag of this storage.", null, eTag);

    private static InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? eTag) =>
        new($"The {operation} of state '{stateName}' of {grainId} expected version {eTag ?? "none"}, but storage holds another.", null, eTag);

    private static async Task MeasureAsync(System.Diagnostics.Metrics.Histogram<double> latency, Func<Task> operation)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await operation();
        }
        catch
        {
            PostgresTelemetry.StorageErrorCount.Add(1);
            throw;
        }
        finally
        {
            latency.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
