namespace Loyalty.Runtime.Invocation;

/// <summary>
/// Base of the generated request type of a method returning <c>Task&lt;TResult&gt;</c> or
/// <c>ValueTask&lt;TResult&gt;</c>. Generated subclasses hold the arguments as fields and override
/// <see cref="InvokeAsync"/> with one interface call: no reflection per call.
/// </summary>
/// <remarks>
/// The request is its own completion source, so a call costs the request object and its task.
/// Continuations run asynchronously so a caller never resumes inside the callee's turn.
/// </remarks>
public abstract class GrainRequest<TResult>() : TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously), IGrainRequest
{
    private TResult? _result;

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
    protected abstract ValueTask<TResult> InvokeAsync(object grain);

    /// <inheritdoc />
    public ValueTask RunAsync(object grain)
    {
        try
        {
            var pending = InvokeAsync(grain);
            if (pending.IsCompletedSuccessfully)
            {
                _result = pending.Result;
                return ValueTask.CompletedTask;
            }

            return AwaitAsync(pending);
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
            TrySetResult(_result!);
        }
        else
        {
            TrySetException(Fault);
        }
    }

    /// <inheritdoc />
    public bool TryFail(Exception exception) => TrySetException(exception);

    // Resumes on the activation's context: the method's completion is part of its turn.
    private async ValueTask AwaitAsync(ValueTask<TResult> pending)
    {
        try
        {
            _result = await pending;
        }
        catch (Exception exception)
        {
            Fault = exception;
        }
    }
}
