namespace Loyalty.Benchmarks.Journal;

/// <summary>Command-line settings of the <c>journal</c> benchmark.</summary>
internal sealed record JournalBenchmarkSettings(
    string ConnectionString, int Grains, int AppendsPerGrain, int SingleCommitAppendsPerGrain, bool Idempotency, double MaxDelayMs, int MaxBatchRows, int InFlight)
{
    public static JournalBenchmarkSettings Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        return new JournalBenchmarkSettings(
            Value("--connection", "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres"),
            int.Parse(Value("--grains", "10000"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--appends", "20"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--single-appends", "1"), System.Globalization.CultureInfo.InvariantCulture),
            args.Contains("--idempotency"),
            double.Parse(Value("--max-delay-ms", "2"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--max-batch-rows", "8192"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--in-flight", "2"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
