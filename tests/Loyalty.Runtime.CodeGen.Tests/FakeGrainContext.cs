namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>An activation context whose services are a fixed set of instances keyed by type.</summary>
internal sealed class FakeGrainContext(GrainId grainId, params object[] services) : IGrainContext, IServiceProvider
{
    public GrainId GrainId { get; } = grainId;

    public IServiceProvider ActivationServices => this;

    public void AddActivationStep(Func<CancellationToken, Task> step)
    {
    }

    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
