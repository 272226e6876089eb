namespace Loyalty.Runtime;

/// <summary>
/// Storage held a different version than the writer expected: another activation (or an earlier one)
/// wrote first. When it escapes a grain call the activation is deactivated, so the next call
/// re-reads the current state.
/// </summary>
public class InconsistentStateException : Exception
{
    /// <summary>Creates the exception with the stored and the expected version.</summary>
    public InconsistentStateException(string message, string? storedEtag, string? currentEtag, Exception? inner = null)
        : base(message, inner)
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    /// <summary>Creates the exception with a message.</summary>
    public InconsistentStateException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public InconsistentStateException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public InconsistentStateException() : base("Storage holds a different version than expected.")
    {
    }

    /// <summary>The version found in storage, if known.</summary>
    public string? StoredEtag { get; }

    /// <summary>The version the writer expected.</summary>
    public string? CurrentEtag { get; }
}
