using Loyalty.Silo.Health;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Loyalty.Silo.Hosting;

/// <summary>Logs where the silo can be reached once Kestrel has bound its addresses, and warns when data is not durable.</summary>
internal sealed partial class StartupBanner(
    IServer server,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(HealthExtensions.ConnectionStringName)))
        {
            LogNotDurable();
        }

        // Addresses are only final after the server started, which happens after hosted services start.
        lifetime.ApplicationStarted.Register(LogAddresses);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void LogAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            LogListening(address);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loyalty silo is up: {Address} (health: {Address}/health/live)")]
    private partial void LogListening(string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No connection string 'ConnectionStrings:Loyalty' configured: using in-memory storage, data is not durable and is lost when the silo stops.")]
    private partial void LogNotDurable();
}
