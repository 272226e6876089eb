using System.Diagnostics;
using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.Activations;

/// <summary>The drain loop: the one place where an activation's work runs.</summary>
internal sealed partial class ActivationData : IThreadPoolWorkItem
{
    // Inline draining runs a callee on its caller's thread (saving a thread-pool hop) only this deep,
    // so long call chains cannot exhaust the stack, and only for a few items, so a busy callee
    // cannot hold its caller's thread hostage.
    private const int MaxInlineDepth = 4;
    private const int InlineBudget = 8;
    private const int ThreadPoolBudget = 256;

    [ThreadStatic]
    private static int _inlineDepth;

    private readonly ActivationSynchronizationContext _syncContext;
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _continuations = new();
    private bool _draining;

    /// <summary>Queues the continuation of an await inside this activation.</summary>
    public void Post(SendOrPostCallback callback, object? state)
    {
        bool schedule;
        lock (_lock)
        {
            _continuations.Enqueue((callback, state));
            schedule = TryClaimDrain();
        }

        if (schedule)
        {
            StartDrain(allowInline: false);
        }
    }

    void IThreadPoolWorkItem.Execute() => Drain(ThreadPoolBudget);

    // Called under _lock: whoever flips _draining owns the drain until it hands it back.
    private bool TryClaimDrain()
    {
        if (_draining)
        {
            return false;
        }

        _draining = true;
        return true;
    }

    private void StartDrain(bool allowInline)
    {
        if (allowInline && _inlineDepth < MaxInlineDepth)
        {
            _inlineDepth++;
            try
            {
                Drain(InlineBudget);
            }
            finally
            {
                _inlineDepth--;
            }

            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    private void Drain(int budget)
    {
        var outerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_syncContext);
        try
        {
            for (var i = 0; i < budget; i++)
            {
                if (!RunNext())
                {
                    return;
                }
            }

            // Out of budget with work left: let other activations run, then continue on the pool.
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(outerContext);
        }
    }

    /// <summary>Runs one unit of work; false (and the drain released) when nothing can run now.</summary>
    private bool RunNext()
    {
        (SendOrPostCallback Callback, object? State) continuation;
        IGrainRequest? request = null;
        var lifecycle = LifecycleStep.None;
        lock (_lock)
        {
            if (!_continuations.TryDequeue(out continuation))
            {
                lifecycle = NextLifecycleStep();
                if (lifecycle == LifecycleStep.None && !TryStartNextRequest(out request))
                {
                    _draining = false;
                    return false;
                }
            }
        }

        var started = Stopwatch.GetTimestamp();
        if (request is not null)
        {
            Run(request);
        }
        else if (lifecycle != LifecycleStep.None)
        {
            RunLifecycleStep(lifecycle);
        }
        else
        {
            RunContinuation(continuation);
        }

        Runtime.Telemetry.RecordTurn(this, Stopwatch.GetElapsedTime(started));
        return true;
    }

    private void RunContinuation((SendOrPostCallback Callback, object? State) continuation)
    {
        try
        {
            continuation.Callback(continuation.State);
        }
        catch (Exception exception)
        {
            // An exception here escaped an async void method or a fire-and-forget continuation of the grain.
            Runtime.Telemetry.UnhandledGrainException(this, exception);
        }
    }

    // Under _lock. FIFO, except that a request allowed to interleave may pass blocked ones, so
    // [AlwaysInterleave] calls and interleaving timer ticks cannot be starved by a waiting queue.
    private bool TryStartNextRequest(out IGrainRequest? request)
    {
        request = null;
        if (_status != ActivationStatus.Valid || _pending.Count == 0)
        {
            return false;
        }

        var head = _pending.Peek();
        if (MayStart(head))
        {
            request = _pending.Dequeue();
        }
        else
        {
            request = TakeFirstInterleaving();
            if (request is null)
            {
                return false;
            }
        }

        _running.Add(request);
        if (!request.Method.IsReadOnly)
        {
            _runningNotReadOnly++;
        }

        return true;
    }

    private IGrainRequest? TakeFirstInterleaving()
    {
        if (!_pending.Any(static r => r.Method.IsAlwaysInterleave))
        {
            return null;
        }

        IGrainRequest? found = null;
        var count = _pending.Count;
        for (var i = 0; i < count; i++)
        {
            var candidate = _pending.Dequeue();
            if (found is null && candidate.Method.IsAlwaysInterleave)
            {
                found = candidate;
            }
            else
            {
                _pending.Enqueue(candidate);
            }
        }

        return found;
    }

    private bool MayStart(IGrainRequest request) =>
        _running.Count == 0
        || GrainClass.IsReentrant
        || request.Method.IsAlwaysInterleave
        || (request.Method.IsReadOnly && _runningNotReadOnly == 0);

    private void Run(IGrainRequest request)
    {
        var outerActivity = Activity.Current;
        if (request.Activity is not null)
        {
            Activity.Current = request.Activity;
        }

        var pending = request.RunAsync(_instance!);
        Activity.Current = outerActivity;
        if (pending.IsCompleted)
        {
            pending.GetAwaiter().GetResult();
            OnRequestCompleted(request);
        }
        else
        {
            _ = CompleteWhenDoneAsync(pending, request);
        }
    }

    // Awaited inside the drain, so its continuation is posted back to this activation.
    private async Task CompleteWhenDoneAsync(ValueTask pending, IGrainRequest request)
    {
        await pending;
        OnRequestCompleted(request);
    }

    private void OnRequestCompleted(IGrainRequest request)
    {
        var keepsAlive = request is not GrainTimer.Tick { KeepAlive: false };
        lock (_lock)
        {
            _running.Remove(request);
            if (!request.Method.IsReadOnly)
            {
                _runningNotReadOnly--;
            }

            if (keepsAlive)
            {
                _lastUsed = Runtime.TimeProvider.GetTimestamp();
            }
        }

        if (request.Fault is InconsistentStateException)
        {
            // The in-memory state may be stale: drop it so the next call re-reads storage.
            Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationError, "Storage reported a version conflict."));
        }

        Runtime.Telemetry.RequestCompleted(request);
        request.Complete();
    }

    /// <summary>Fails requests that waited or ran longer than their response timeout.</summary>
    public void FailTimedOutRequests(long now)
    {
        List<IGrainRequest>? expired = null;
        lock (_lock)
        {
            foreach (var running in _running)
            {
                if (IsOverdue(running, now))
                {
                    (expired ??= []).Add(running);
                }
            }

            if (_pending.Any(r => IsOverdue(r, now)))
            {
                var keep = _pending.Where(r => !IsOverdue(r, now)).ToList();
                (expired ??= []).AddRange(_pending.Where(r => IsOverdue(r, now)));
                _pending.Clear();
                keep.ForEach(_pending.Enqueue);
            }
        }

        foreach (var request in expired ?? [])
        {
            var timeout = Runtime.ResponseTimeoutOf(request);
            if (request.TryFail(new TimeoutException($"{request.Method} on {GrainId} did not respond within {timeout}.")))
            {
                Runtime.Telemetry.RequestTimedOut(request);
            }
        }
    }

    private bool IsOverdue(IGrainRequest request, long now) =>
        request.StartedAt != 0
        && !request.CallerTask.IsCompleted
        && Runtime.TimeProvider.GetElapsedTime(request.StartedAt, now) > Runtime.ResponseTimeoutOf(request);
}
