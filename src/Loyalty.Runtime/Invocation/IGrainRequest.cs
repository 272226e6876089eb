namespace Loyalty.Runtime.Invocation;

/// <summary>
/// One call to a grain as the runtime sees it: run it against the grain instance, then publish the
/// outcome to the caller. Generated request types implement this through
/// <see cref="GrainRequest{TResult}"/> and <see cref="GrainRequest"/>.
/// </summary>
public interface IGrainRequest
{
    /// <summary>The method being called.</summary>
    GrainMethod Method { get; }

    /// <summary>
    /// Runs the method on <paramref name="grain"/>. Never throws: the outcome is kept until
    /// <see cref="Complete"/>. The returned task completes when the method has finished.
    /// </summary>
    ValueTask RunAsync(object grain);

    /// <summary>The exception the method ended with, once <see cref="RunAsync"/> has completed.</summary>
    Exception? Fault { get; }

    /// <summary>Publishes the kept outcome to the caller (no effect if it already got one).</summary>
    void Complete();

    /// <summary>Fails the call (timeout, deactivation) unless it already has an outcome.</summary>
    bool TryFail(Exception exception);

    /// <summary>The task the caller awaits.</summary>
    Task CallerTask { get; }

    /// <summary>When the call was sent (<see cref="TimeProvider.GetTimestamp"/>), for timeouts and latency.</summary>
    long StartedAt { get; set; }

    /// <summary>The span tracing this call, when tracing is on.</summary>
    System.Diagnostics.Activity? Activity { get; set; }
}
