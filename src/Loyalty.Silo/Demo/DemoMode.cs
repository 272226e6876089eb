using System.Globalization;
using System.Net;
using Loyalty.Silo.Security;
using Loyalty.Silo.Security.ApiKeys;
using Loyalty.Silo.Security.Tokens;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Demo;

/// <summary>
/// Demo mode: once the silo listens, issues a till key, enrolls the demo members through the HTTP API, prints the member
/// view and marketer console links with their tokens, and runs the traffic simulator. Everything goes through the same
/// HTTP ingest path a real till uses, on this silo's own loopback address.
/// </summary>
internal sealed partial class DemoMode(
    IOptions<DemoOptions> options,
    IServer server,
    IHostApplicationLifetime lifetime,
    ApiKeyIssuer keys,
    LoyaltyTokenIssuer tokens,
    IConfiguration configuration,
    ILogger<DemoMode> logger) : BackgroundService
{
    /// <summary>The featured member, whose page the demo prints.</summary>
    public const string FeaturedMember = "demo-ada";

    /// <summary>How long the printed tokens stay valid: a working day of demoing.</summary>
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(8);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Demo members, keys and simulated purchases must never land in a real database.
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString(Hosting.RuntimeSetup.ConnectionStringName)))
        {
            LogRefusedWithDatabase();
            return;
        }

        if (!await StartedAsync(stoppingToken))
        {
            return;
        }

        var address = LoopbackAddress();
        var (key, _) = await keys.IssueAsync(ApiKeyScope.ForChain("demo"), "demo mode till", stoppingToken);
        using var till = new HttpClient { BaseAddress = address };
        till.DefaultRequestHeaders.Add(ApiKeyHeaders.ApiKeyHeader, key);

        var members = Enumerable.Range(0, options.Value.Members).Select(MemberId).ToArray();
        foreach (var memberId in members)
        {
            using var enrolled = await till.PostAsJsonAsync("/api/v1/members", new { memberId, transactionId = $"demo-enroll-{memberId}" }, stoppingToken);
            enrolled.EnsureSuccessStatusCode();
        }

        PrintLinks(address);
        var simulator = new TrafficSimulator(till, members, options.Value, logger);
        await simulator.RunAsync(stoppingToken);
    }

    private static string MemberId(int index) => index == 0 ? FeaturedMember : $"demo-{index + 1:D4}";

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(started.SetResult);
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The silo's own address on loopback; a wildcard binding is reached through 127.0.0.1.</summary>
    private Uri LoopbackAddress()
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).ToArray() ?? [];
        var http = bound.FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttp) ?? bound.FirstOrDefault()
            ?? throw new InvalidOperationException("Demo mode needs the silo to listen on an HTTP address.");
        return IPAddress.TryParse(http.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip) || http.IsLoopback
            ? http
            : new UriBuilder(http) { Host = "127.0.0.1" }.Uri;
    }

    // Tokens are secrets: they go to the console only, never through ILogger (whose sinks may be files or OTLP).
    private void PrintLinks(Uri address)
    {
        var (member, _) = tokens.Issue(LoyaltyRoles.Member, FeaturedMember, TokenLifetime);
        var (marketer, _) = tokens.Issue(LoyaltyRoles.Marketer, "demo-marketer", TokenLifetime);
        var rate = options.Value.PurchasesPerSecond.ToString("0.##", CultureInfo.InvariantCulture);
        Console.Out.WriteLine($"""

            Demo mode: {options.Value.Members} members enrolled, simulated tills post {rate} purchases/s.
              Member view ({FeaturedMember}): {new Uri(address, "member.html")}#token={member}
              Marketer console:          {new Uri(address, "marketer.html")}#token={marketer}

            """);
        LogDemoReady(address);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo mode is off: it runs only on the embedded in-memory default, and ConnectionStrings:Loyalty is set")]
    private partial void LogRefusedWithDatabase();

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo mode is ready at {Address}: the links with tokens were printed to standard output")]
    private partial void LogDemoReady(Uri address);
}
