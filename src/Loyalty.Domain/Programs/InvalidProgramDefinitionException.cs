namespace Loyalty.Domain.Programs;

/// <summary>A program definition failed validation; <see cref="Errors"/> names every bad field.</summary>
public sealed class InvalidProgramDefinitionException : Exception
{
    /// <summary>Creates the exception from validation errors.</summary>
    public InvalidProgramDefinitionException(IReadOnlyList<ValidationError> errors)
        : base("Invalid program definition: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Message}")))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception without details.</summary>
    public InvalidProgramDefinitionException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InvalidProgramDefinitionException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public InvalidProgramDefinitionException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Errors = [new ValidationError("$", message)];
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
