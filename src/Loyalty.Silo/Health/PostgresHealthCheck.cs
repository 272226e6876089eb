using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Loyalty.Silo.Health;

/// <summary>Ready when PostgreSQL answers <c>SELECT 1</c>; the failure's details stay in the log, not the response.</summary>
internal sealed class PostgresHealthCheck(string connectionString) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var probe = new NpgsqlCommand("SELECT 1", connection);
            await probe.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answered.");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "PostgreSQL did not answer.", ex);
        }
    }
}
