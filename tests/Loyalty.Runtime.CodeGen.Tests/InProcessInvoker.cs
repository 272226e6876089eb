using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>The smallest runtime: runs each request straight against one grain instance and records what was sent.</summary>
internal sealed class InProcessInvoker(object grain) : IGrainCallInvoker
{
    public List<(GrainReference Target, GrainMethod Method)> Sent { get; } = [];

    public Task<TResult> InvokeAsync<TResult>(GrainReference target, GrainRequest<TResult> request)
    {
        Deliver(target, request);
        return request.Task;
    }

    public Task InvokeAsync(GrainReference target, GrainRequest request)
    {
        Deliver(target, request);
        return request.Task;
    }

    private void Deliver(GrainReference target, IGrainRequest request)
    {
        Sent.Add((target, request.Method));
        _ = RunAsync(request);
    }

    private async Task RunAsync(IGrainRequest request)
    {
        await request.RunAsync(grain);
        request.Complete();
    }
}
