using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>Records what a proxy sends and refuses to deliver it: for asserting on the request alone.</summary>
internal sealed class RecordingInvoker : IGrainCallInvoker
{
    public List<(GrainReference Target, GrainMethod Method)> Sent { get; } = [];

    public Task<TResult> InvokeAsync<TResult>(GrainReference target, GrainRequest<TResult> request)
    {
        Record(target, request);
        return request.Task;
    }

    public Task InvokeAsync(GrainReference target, GrainRequest request)
    {
        Record(target, request);
        return request.Task;
    }

    private void Record(GrainReference target, IGrainRequest request)
    {
        Sent.Add((target, request.Method));
        request.TryFail(new NotSupportedException("The recording invoker delivers nothing."));
    }
}
