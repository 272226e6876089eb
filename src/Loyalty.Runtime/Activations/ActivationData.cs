using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime.Activations;

/// <summary>
/// One activation of a grain: its instance, its request queue and its single logical thread.
/// Work (requests, continuations of running requests, lifecycle steps) is drained by at most one
/// thread at a time — see ActivationData.Scheduling.cs — which is what makes turns exclusive.
/// </summary>
internal sealed partial class ActivationData : IGrainContext
{
    [ThreadStatic]
    private static ActivationData? _constructing;

    private readonly Lock _lock = new();
    private readonly Queue<IGrainRequest> _pending = new();
    private readonly List<IGrainRequest> _running = new(1);
    private readonly List<Func<CancellationToken, Task>> _activationSteps = [];
    private readonly List<GrainTimer> _timers = [];
    private ActivationStatus _status;
    private object? _instance;
    private int _runningNotReadOnly;
    private long _lastUsed;
    private long _keepAliveUntil;
    private DeactivationReason? _deactivationRequested;

    public ActivationData(GrainId grainId, GrainClassInfo grainClass, SiloRuntime runtime)
    {
        GrainId = grainId;
        GrainClass = grainClass;
        Runtime = runtime;
        ActivationServices = runtime.Services;
        _lastUsed = runtime.TimeProvider.GetTimestamp();
        _syncContext = new ActivationSynchronizationContext(this);
    }

    /// <summary>The activation whose grain constructor is running on this thread (read by <see cref="Grain"/>'s constructor).</summary>
    internal static ActivationData? Constructing => _constructing;

    public GrainId GrainId { get; }

    public GrainClassInfo GrainClass { get; }

    public SiloRuntime Runtime { get; }

    public IServiceProvider ActivationServices { get; }

    /// <summary>The grain instance, once activated.</summary>
    public object? Instance => _instance;

    internal ActivationStatus Status
    {
        get
        {
            lock (_lock)
            {
                return _status;
            }
        }
    }

    /// <summary>Requests queued or running; a stateless-worker pool routes to the least loaded.</summary>
    internal int Load
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count + _running.Count;
            }
        }
    }

    public void AddActivationStep(Func<CancellationToken, Task> step) => _activationSteps.Add(step);

    /// <summary>Makes an existing object (an observer) this activation's instance; it serves at once.</summary>
    internal void AttachInstance(object instance)
    {
        _instance = instance;
        _status = ActivationStatus.Valid;
    }

    /// <summary>
    /// Queues a request. False when the activation is already gone; the caller then routes the
    /// request to a fresh activation.
    /// </summary>
    public bool TryEnqueue(IGrainRequest request)
    {
        bool schedule;
        lock (_lock)
        {
            if (_status == ActivationStatus.Invalid)
            {
                return false;
            }

            _pending.Enqueue(request);
            schedule = TryClaimDrain();
        }

        if (schedule)
        {
            StartDrain(allowInline: true);
        }

        return true;
    }

    /// <summary>Asks the activation to deactivate once no request runs.</summary>
    public void Deactivate(DeactivationReason reason)
    {
        bool schedule;
        lock (_lock)
        {
            if (_status is ActivationStatus.Deactivating or ActivationStatus.Invalid || _deactivationRequested is not null)
            {
                return;
            }

            _deactivationRequested = reason;
            schedule = TryClaimDrain();
        }

        if (schedule)
        {
            StartDrain(allowInline: false);
        }
    }

    public void DelayDeactivation(TimeSpan timeSpan)
    {
        var until = Runtime.TimeProvider.GetTimestamp() + (long)(timeSpan.TotalSeconds * Runtime.TimeProvider.TimestampFrequency);
        Interlocked.Exchange(ref _keepAliveUntil, until);
    }

    /// <summary>Starts idle collection if nothing ran for <paramref name="age"/>.</summary>
    public void CollectIfIdle(long now, TimeSpan age)
    {
        lock (_lock)
        {
            if (_status != ActivationStatus.Valid || _pending.Count > 0 || _running.Count > 0 || now < _keepAliveUntil)
            {
                return;
            }

            if (Runtime.TimeProvider.GetElapsedTime(_lastUsed, now) < age)
            {
                return;
            }
        }

        Deactivate(new DeactivationReason(DeactivationReasonCode.ActivationIdle, "The activation was idle longer than its collection age."));
    }

    public override string ToString() => $"[Activation {GrainId}]";
}
