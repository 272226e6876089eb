namespace Loyalty.Runtime.Postgres;

/// <summary>
/// The transaction carrying an append failed (lost connection, server error). Nothing of it may be
/// treated as durable; if the failure hit while COMMIT was in flight the outcome is unknown, which
/// is why retries carry an idempotency key.
/// </summary>
public sealed class JournalCommitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JournalCommitException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public JournalCommitException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public JournalCommitException() : base("The journal batch did not commit.")
    {
    }
}
