namespace Loyalty.Testing.Postgres;

/// <summary>Raised when no PostgreSQL server can be started on this machine; the message says why.</summary>
public sealed class PostgresUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
