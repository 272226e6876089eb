namespace Loyalty.Silo.Security.Tokens;

/// <summary>Warns that a development signing key was generated, so tokens will not survive a restart.</summary>
internal sealed partial class GeneratedSigningKeyWarning(ILogger<GeneratedSigningKeyWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogGenerated();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Loyalty:Auth:SigningKey configured: generated a random development key; tokens become invalid when the silo stops. Configure a key of at least 32 bytes outside Development.")]
    private partial void LogGenerated();
}
