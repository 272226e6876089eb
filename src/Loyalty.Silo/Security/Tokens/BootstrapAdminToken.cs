using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Security.Tokens;

/// <summary>
/// With <c>Loyalty:Auth:BootstrapAdmin=true</c>, prints one admin token to standard output at start so
/// an operator can issue the first keys and tokens. It goes to the console only — never through
/// <see cref="ILogger"/>, whose sinks (files, OTLP) must not hold secrets.
/// </summary>
internal sealed partial class BootstrapAdminToken(
    IOptions<LoyaltyAuthOptions> options,
    LoyaltyTokenIssuer issuer,
    ILogger<BootstrapAdminToken> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.BootstrapAdmin)
        {
            return Task.CompletedTask;
        }

        var (token, expiresAt) = issuer.Issue(LoyaltyRoles.Admin, "bootstrap-admin");
        Console.Out.WriteLine($"Bootstrap admin token (expires {expiresAt:u}):{Environment.NewLine}{token}");
        LogPrinted();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "A bootstrap admin token was printed to standard output; set Loyalty:Auth:BootstrapAdmin=false once real credentials are issued.")]
    private partial void LogPrinted();
}
