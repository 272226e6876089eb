namespace Loyalty.Runtime.Activations;

/// <summary>Where an activation is in its life.</summary>
internal enum ActivationStatus
{
    /// <summary>Created; requests queue until activation runs.</summary>
    Created,

    /// <summary>Building the instance, reading state, running <c>OnActivateAsync</c>.</summary>
    Activating,

    /// <summary>Serving requests.</summary>
    Valid,

    /// <summary>Running <c>OnDeactivateAsync</c>; new requests queue and are forwarded afterwards.</summary>
    Deactivating,

    /// <summary>Gone; queued requests were forwarded or failed.</summary>
    Invalid,
}
