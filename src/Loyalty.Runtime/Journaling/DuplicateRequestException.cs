namespace Loyalty.Runtime.Journaling;

/// <summary>An append carried an idempotency key the grain's journal already holds; nothing was written.</summary>
public sealed class DuplicateRequestException : Exception
{
    /// <summary>Creates the exception carrying what is stored for the key.</summary>
    public DuplicateRequestException(IdempotencyRecord existing)
        : base($"The request '{existing.Key}' was already applied.") => Existing = existing;

    /// <summary>What the journal holds for the key.</summary>
    public IdempotencyRecord Existing { get; }
}
