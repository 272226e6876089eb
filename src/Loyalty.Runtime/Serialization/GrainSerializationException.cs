namespace Loyalty.Runtime;

/// <summary>A value could not be serialized or deserialized; the message names the type and why.</summary>
public sealed class GrainSerializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GrainSerializationException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public GrainSerializationException() : base("A value could not be serialized.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public GrainSerializationException(string message) : base(message)
    {
    }
}
