using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.Activations;

/// <summary>Activation and deactivation, run by the drain loop as exclusive turns.</summary>
internal sealed partial class ActivationData
{
    private readonly TaskCompletionSource _deactivated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private enum LifecycleStep
    {
        None,
        Activate,
        Deactivate,
    }

    /// <summary>Completes when the activation has gone (deactivated, or failed to activate).</summary>
    public Task Deactivated => _deactivated.Task;

    // Under _lock.
    private LifecycleStep NextLifecycleStep()
    {
        if (_status == ActivationStatus.Created)
        {
            _status = ActivationStatus.Activating;
            return LifecycleStep.Activate;
        }

        if (_status == ActivationStatus.Valid && _deactivationRequested is not null && _running.Count == 0)
        {
            _status = ActivationStatus.Deactivating;
            return LifecycleStep.Deactivate;
        }

        return LifecycleStep.None;
    }

    private void RunLifecycleStep(LifecycleStep step) =>
        _ = step == LifecycleStep.Activate ? ActivateAsync() : DeactivateAsync();

    private async Task ActivateAsync()
    {
        var timeout = Runtime.Options.ActivationTimeout;
        using var deadline = new CancellationTokenSource(timeout, Runtime.TimeProvider);
        Task? running = null;
        try
        {
            _constructing = this;
            try
            {
                _instance = GrainClass.Factory(this);
            }
            finally
            {
                _constructing = null;
            }

            // Each step is abandoned at the deadline, not only told of it: grain storage reads take no token, and a read
            // that never returns must not hold the activation, and every call queued for it, for ever.
            foreach (var step in _activationSteps)
            {
                running = step(deadline.Token);
                await running.WaitAsync(deadline.Token);
            }

            if (_instance is Grain grain)
            {
                running = grain.OnActivateAsync(deadline.Token);
                await running.WaitAsync(deadline.Token);
            }
        }
        catch (Exception exception)
        {
            FailActivation(Failure(exception, deadline, running, "Activating", timeout));
            return;
        }

        lock (_lock)
        {
            _status = ActivationStatus.Valid;
        }

        Runtime.Telemetry.ActivationCreated(this);
    }

    private void FailActivation(Exception exception)
    {
        List<IGrainRequest> failed;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            failed = [.. _pending];
            _pending.Clear();
        }

        Runtime.Telemetry.ActivationFailed(this, exception);
        Runtime.Catalog.OnDeactivated(this);
        foreach (var request in failed)
        {
            request.TryFail(exception);
        }

        _deactivated.TrySetResult();
    }

    private async Task DeactivateAsync()
    {
        var reason = _deactivationRequested!.Value;
        DisposeTimers();
        if (_instance is Grain grain)
        {
            var timeout = Runtime.Options.DeactivationTimeout;
            using var deadline = new CancellationTokenSource(timeout, Runtime.TimeProvider);
            Task? running = null;
            try
            {
                running = grain.OnDeactivateAsync(reason, deadline.Token);
                await running.WaitAsync(deadline.Token);
            }
            catch (Exception exception)
            {
                Runtime.Telemetry.DeactivationFailed(this, Failure(exception, deadline, running, "Deactivating", timeout));
            }
        }

        FinishDeactivation();
    }

    // One source is both the token the grain is given and the wait's deadline, so the two end together (as Orleans waits
    // on the token it passes). Only a cancellation by that token is the deadline's, reported as a timeout; a grain may
    // cancel work of its own, and that failure is reported as it is.
    private Exception Failure(Exception exception, CancellationTokenSource deadline, Task? running, string doing, TimeSpan timeout)
    {
        if (exception is not OperationCanceledException cancelled || cancelled.CancellationToken != deadline.Token)
        {
            return exception;
        }

        ReportLaterFault(running);
        return new TimeoutException($"{doing} {GrainId} took longer than {timeout}.", exception);
    }

    // Work abandoned at a deadline is not stopped (a storage read takes no token) and may still fail; that is logged rather
    // than left unobserved.
    private void ReportLaterFault(Task? abandoned) =>
        abandoned?.ContinueWith(
            static (task, state) => ((ActivationData)state!).Runtime.Telemetry.AbandonedWorkFailed((ActivationData)state!, task.Exception!.GetBaseException()),
            this,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

    private void FinishDeactivation()
    {
        List<IGrainRequest> forward;
        lock (_lock)
        {
            _status = ActivationStatus.Invalid;
            forward = [.. _pending];
            _pending.Clear();
        }

        Runtime.Catalog.OnDeactivated(this);
        Runtime.Telemetry.ActivationDestroyed(this);

        // Requests that arrived during deactivation go to the next activation, as Orleans forwards them.
        foreach (var request in forward)
        {
            if (request is not GrainTimer.Tick)
            {
                Runtime.Catalog.Deliver(GrainId, request);
            }
        }

        _deactivated.TrySetResult();
    }
}
