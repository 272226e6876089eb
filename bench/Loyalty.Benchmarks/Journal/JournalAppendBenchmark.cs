using System.Diagnostics;
using System.Globalization;
using System.Text;
using Loyalty.Runtime;
using Loyalty.Runtime.Journaling;
using Loyalty.Runtime.Postgres;
using Npgsql;

namespace Loyalty.Benchmarks.Journal;

/// <summary>
/// Durable appends/s with many grains appending concurrently, each grain one event per append and its
/// appends in sequence (as a grain does): once through the group-commit writer, once with one
/// transaction per append. Usage: <c>journal --connection "..." [--grains 10000] [--appends 20]
/// [--single-appends 1] [--idempotency] [--max-delay-ms 2] [--max-batch-rows 8192] [--in-flight 2]</c>.
/// </summary>
internal static class JournalAppendBenchmark
{
    private static readonly byte[] Payload = Encoding.UTF8.GetBytes(
        """{"memberId":"m-000000","points":125,"store":"store-0042","basket":4999,"campaign":"double-points-week"}""");

    public static async Task<int> RunAsync(string[] args)
    {
        var settings = JournalBenchmarkSettings.Parse(args);
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { MaxPoolSize = 100, ApplicationName = "loyalty-journal-bench" };
        await using var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync();
        using var batches = new BatchSizeListener();

        var groupOptions = new PostgresJournalOptions
        {
            MaxDelay = TimeSpan.FromMilliseconds(settings.MaxDelayMs),
            MaxBatchRows = settings.MaxBatchRows,
            MaxBatchesInFlight = settings.InFlight,
        };
        await MeasureAsync(dataSource, groupOptions, settings, Math.Max(1, settings.Grains / 10), 2, batches, "warm-up");
        var grouped = await MeasureAsync(dataSource, groupOptions, settings, settings.Grains, settings.AppendsPerGrain, batches, "group commit");
        if (settings.SingleCommitAppendsPerGrain > 0)
        {
            var single = await MeasureAsync(dataSource, new PostgresJournalOptions { GroupCommit = false }, settings, settings.Grains,
                settings.SingleCommitAppendsPerGrain, batches, "one commit per append");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"speed-up: {grouped.AppendsPerSecond / single.AppendsPerSecond:F1}x"));
        }

        return 0;
    }

    private static async Task<JournalRunResult> MeasureAsync(
        NpgsqlDataSource dataSource, PostgresJournalOptions options, JournalBenchmarkSettings settings, int grains, int appendsPerGrain,
        BatchSizeListener batches, string label)
    {
        var ids = Enumerable.Range(0, grains).Select(_ => GrainId.Create(new GrainType("member"), Guid.NewGuid())).ToArray();
        var latencies = new long[grains * appendsPerGrain];
        batches.TakeAndReset();
        await using var journal = new PostgresEventJournal(dataSource, options);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(ids.Select((grain, index) => Task.Run(() => GrainAsync(journal, grain, index, appendsPerGrain, settings.Idempotency, latencies))));
        var elapsed = clock.Elapsed;
        var (commits, meanBatch, _) = batches.TakeAndReset();
        var result = JournalRunResult.From(label, latencies, elapsed, options.GroupCommit ? commits : latencies.Length, options.GroupCommit ? meanBatch : 1);
        Console.WriteLine(result);
        return result;
    }

    private static async Task GrainAsync(PostgresEventJournal journal, GrainId grain, int index, int appends, bool idempotency, long[] latencies)
    {
        (string, ReadOnlyMemory<byte>)[] events = [("PointsEarned", Payload)];
        for (var sequence = 0; sequence < appends; sequence++)
        {
            var request = idempotency ? new IdempotencyRecord($"tx-{index}-{sequence}", "h", Payload) : null;
            var started = Stopwatch.GetTimestamp();
            await journal.AppendAsync(new JournalAppend(grain, sequence, events, request));
            latencies[(index * appends) + sequence] = Stopwatch.GetTimestamp() - started;
        }
    }
}
