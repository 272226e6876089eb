using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Loyalty.Testing.Postgres;

/// <summary>
/// A PostgreSQL server in a temporary folder on a free loopback port, owned by a small supervisor
/// script (<see cref="SupervisorScript"/>) that stops the server and deletes the folder when asked —
/// or when this test process dies without asking, so a crashed run leaves no server behind.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _directory;
    private readonly Process _supervisor;

    private ThrowawayPostgres(string directory, Process supervisor, int port)
    {
        _directory = directory;
        _supervisor = supervisor;
        AdminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = "postgres",
            Database = "postgres",
            Pooling = true,
            MaxPoolSize = 200,
        }.ConnectionString;
    }

    public string AdminConnectionString { get; }

    public static async Task<ThrowawayPostgres> StartAsync(CancellationToken cancellationToken)
    {
        var postgresBin = ServerBinaries.Locate();
        var directory = Directory.CreateTempSubdirectory("loyalty-pg-").FullName;
        var port = FreeLoopbackPort();
        var scriptPath = Path.Combine(directory, "supervise.sh");
        await File.WriteAllTextAsync(scriptPath, SupervisorScript.Text, cancellationToken);

        var start = new ProcessStartInfo("bash")
        {
            ArgumentList =
            {
                scriptPath,
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
                directory,
                port.ToString(CultureInfo.InvariantCulture),
                postgresBin,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var supervisor = Process.Start(start) ?? throw new PostgresUnavailableException("bash could not be started.");
        var server = new ThrowawayPostgres(directory, supervisor, port);
        await server.WaitUntilReadyAsync(cancellationToken);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        // The supervisor polls for this file, stops PostgreSQL and removes the folder.
        await File.WriteAllTextAsync(Path.Combine(_directory, "stop"), string.Empty);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _supervisor.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _supervisor.Kill(entireProcessTree: true);
        }

        _supervisor.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_supervisor.HasExited)
            {
                var output = await _supervisor.StandardOutput.ReadToEndAsync(cancellationToken)
                             + await _supervisor.StandardError.ReadToEndAsync(cancellationToken);
                throw new PostgresUnavailableException($"the throwaway server did not start: {output.Trim()}");
            }

            if (File.Exists(Path.Combine(_directory, "ready")))
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        await DisposeAsync();
        throw new PostgresUnavailableException($"the throwaway server was not ready within {StartTimeout.TotalSeconds} s.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
