namespace Loyalty.Runtime;

/// <summary>What an activation offers the code that builds its grain instance.</summary>
public interface IGrainContext
{
    /// <summary>The identity of the activated grain.</summary>
    GrainId GrainId { get; }

    /// <summary>Services for constructor injection.</summary>
    IServiceProvider ActivationServices { get; }

    /// <summary>Adds a step that runs before <c>OnActivateAsync</c> (e.g. reading persistent state).</summary>
    void AddActivationStep(Func<CancellationToken, Task> step);
}
