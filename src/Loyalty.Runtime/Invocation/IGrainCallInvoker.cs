namespace Loyalty.Runtime.Invocation;

/// <summary>Sends a request to the grain a reference points at; what generated proxies call.</summary>
public interface IGrainCallInvoker
{
    /// <summary>Delivers <paramref name="request"/> to <paramref name="target"/> and returns what the caller awaits.</summary>
    Task<TResult> InvokeAsync<TResult>(GrainReference target, GrainRequest<TResult> request);

    /// <summary>Delivers a request without a result.</summary>
    Task InvokeAsync(GrainReference target, GrainRequest request);
}
