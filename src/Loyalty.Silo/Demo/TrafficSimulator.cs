namespace Loyalty.Silo.Demo;

/// <summary>
/// Simulated tills: posts purchases of random baskets for random demo members at a steady rate through the HTTP API,
/// until the silo stops. The featured member buys a fixed share so their page moves every few seconds.
/// </summary>
internal sealed partial class TrafficSimulator(HttpClient till, IReadOnlyList<string> members, DemoOptions options, ILogger logger)
{
    // Simulated shoppers need variety, not unpredictability: a seeded generator is enough (and keeps a run repeatable).
    private readonly Random _random = new(20261201);

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (options.PurchasesPerSecond <= 0)
        {
            return;
        }

        LogSimulating(options.PurchasesPerSecond);
        using var ticks = new PeriodicTimer(TimeSpan.FromSeconds(1 / options.PurchasesPerSecond));
        var runId = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        for (long sent = 0; await ticks.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false); sent++)
        {
            var memberId = _random.NextDouble() < options.FeaturedMemberShare ? members[0] : members[_random.Next(members.Count)];
            var basket = DemoCatalog.Basket(_random, $"demo-{runId}-{sent}", DateTimeOffset.UtcNow);
            try
            {
                using var response = await till.PostAsJsonAsync($"/api/v1/members/{memberId}/purchases", basket, stoppingToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    LogRefused((int)response.StatusCode);
                }
            }
            catch (HttpRequestException error)
            {
                LogFailed(error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Traffic simulator: posting {Rate} purchases/s through the HTTP API")]
    private partial void LogSimulating(double rate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Traffic simulator: a purchase was refused with {Status}")]
    private partial void LogRefused(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Traffic simulator: a purchase could not be posted")]
    private partial void LogFailed(Exception error);
}
