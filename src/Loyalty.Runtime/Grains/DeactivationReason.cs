namespace Loyalty.Runtime;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReasonCode
{
    /// <summary>No reason given.</summary>
    None,

    /// <summary>It was idle for longer than its collection age.</summary>
    ActivationIdle,

    /// <summary>The grain asked for it (<c>DeactivateOnIdle</c>).</summary>
    ApplicationRequested,

    /// <summary>A call failed with an error that invalidates the in-memory state (e.g. an ETag conflict).</summary>
    ApplicationError,

    /// <summary>The silo is stopping.</summary>
    ShuttingDown,
}

/// <summary>The reason passed to <see cref="Grain.OnDeactivateAsync"/>.</summary>
/// <param name="ReasonCode">The kind of reason.</param>
/// <param name="Description">A human-readable explanation.</param>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description);
