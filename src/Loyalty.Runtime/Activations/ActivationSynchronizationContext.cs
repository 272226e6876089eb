namespace Loyalty.Runtime.Activations;

/// <summary>
/// Routes the continuations of a grain's awaits back into its activation, so code after an
/// <c>await</c> runs as part of the activation's single logical thread, as in Orleans.
/// </summary>
internal sealed class ActivationSynchronizationContext(ActivationData activation) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => activation.Post(d, state);

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous sends into a grain would block its only thread.");

    public override SynchronizationContext CreateCopy() => this;
}
