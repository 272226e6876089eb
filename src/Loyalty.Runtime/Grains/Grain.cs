using Loyalty.Runtime.Activations;

namespace Loyalty.Runtime;

/// <summary>
/// Base class of grain implementations. The runtime creates instances (through generated
/// activators), runs one request at a time on each, and calls the lifecycle hooks below.
/// </summary>
public abstract class Grain : IAddressable
{
    /// <summary>Binds the instance to the activation that is constructing it.</summary>
    protected Grain()
    {
        Activation = ActivationData.Constructing
                     ?? throw new InvalidOperationException("Grains are created by the runtime; use IGrainFactory.GetGrain.");
    }

    internal ActivationData Activation { get; }

    /// <summary>The activation's context: identity and services.</summary>
    public IGrainContext GrainContext => Activation;

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime.GrainFactory;

    /// <summary>The activation's services.</summary>
    protected IServiceProvider ServiceProvider => Activation.ActivationServices;

    /// <summary>The silo's clock; tests replace it.</summary>
    protected TimeProvider TimeProvider => Activation.Runtime.TimeProvider;

    /// <summary>Runs once, before the first request, after persistent state has been read.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once when the activation is collected, asked to deactivate, or the silo stops.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this activation once the current request has finished.</summary>
    protected void DeactivateOnIdle() => Activation.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    /// <summary>Keeps this activation from idle collection for at least <paramref name="timeSpan"/>.</summary>
    protected void DelayDeactivation(TimeSpan timeSpan) => Activation.DelayDeactivation(timeSpan);

    /// <summary>
    /// Starts a timer whose ticks run as turns of this activation: they never overlap each other
    /// and never interleave with requests unless <see cref="GrainTimerCreationOptions.Interleave"/> is set.
    /// </summary>
    protected IGrainTimer RegisterGrainTimer<TState>(
        Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options) =>
        Activation.RegisterTimer(callback, state, options);

    /// <summary>Starts a timer without state.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, GrainTimerCreationOptions options) =>
        Activation.RegisterTimer(static (cb, ct) => cb(ct), callback, options);

    /// <summary>Creates or changes a durable reminder of this grain (the grain must implement <see cref="IRemindable"/>).</summary>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        Activation.Runtime.Reminders.RegisterOrUpdateAsync(Activation.GrainId, reminderName, dueTime, period);

    /// <summary>Removes a durable reminder.</summary>
    protected Task UnregisterReminder(IGrainReminder reminder) =>
        Activation.Runtime.Reminders.UnregisterAsync(Activation.GrainId, reminder);

    /// <summary>Finds a reminder of this grain by name.</summary>
    protected Task<IGrainReminder?> GetReminder(string reminderName) =>
        Activation.Runtime.Reminders.GetAsync(Activation.GrainId, reminderName);
}
