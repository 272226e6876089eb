namespace Loyalty.Runtime.Invocation;

/// <summary>
/// Base of the generated request type of a method returning <c>Task</c> or <c>ValueTask</c>;
/// the counterpart of <see cref="GrainRequest{TResult}"/> without a result.
/// </summary>
public abstract class GrainRequest() : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), IGrainRequest
{
    /// <inheritdoc />
    public abstract GrainMethod Method { get; }

    /// <inheritdoc />
    public Exception? Fault { get; private set; }

    /// <inheritdoc />
    public Task CallerTask => Task;

    /// <inheritdoc />
    public long StartedAt { get; set; }

    /// <inheritdoc />
    public System.Diagnostics.Activity? Activity { get; set; }

    /// <summary>Calls the method on the grain (generated: <c>((IFoo)grain).BarAsync(Arg0)</c>).</summary>
    protected abstract ValueTask InvokeAsync(object grain);

    /// <inheritdoc />
    public ValueTask RunAsync(object grain)
    {
        try
        {
            var pending = InvokeAsync(grain);
            return pending.IsCompletedSuccessfully ? ValueTask.CompletedTask : AwaitAsync(pending);
        }
        catch (Exception exception)
        {
            Fault = exception;
            return ValueTask.CompletedTask;
        }
    }

    /// <inheritdoc />
    public void Complete()
    {
        if (Fault is null)
        {
            TrySetResult();
        }
        else
        {
            TrySetException(Fault);
        }
    }

    /// <inheritdoc />
    public bool TryFail(Exception exception) => TrySetException(exception);

    private async ValueTask AwaitAsync(ValueTask pending)
    {
        try
        {
            await pending;
        }
        catch (Exception exception)
        {
            Fault = exception;
        }
    }
}
