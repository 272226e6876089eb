using System.Collections.Concurrent;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Invocation;
using Loyalty.Runtime.Reminders;
using Loyalty.Runtime.Telemetry;

namespace Loyalty.Runtime.Activations;

/// <summary>
/// The heart of one silo: delivers calls from references to activations, and creates references.
/// Every call is a request object addressed to a <see cref="GrainId"/>, so it could cross a process
/// boundary unchanged.
/// </summary>
internal sealed class SiloRuntime : IGrainCallInvoker, IGrainFactory
{
    private readonly ConcurrentDictionary<Type, Func<IGrainCallInvoker, GrainId, object>> _proxyFactories = new();

    public SiloRuntime(IServiceProvider services, SiloOptions options, TimeProvider timeProvider, RuntimeTelemetryFactory telemetry)
    {
        Services = services;
        Options = options;
        TimeProvider = timeProvider;
        GrainClasses = new GrainClassMap();
        Catalog = new Catalog(this);
        Telemetry = telemetry.Create(() => Catalog.Count);
        Reminders = new ReminderService(this);
    }

    public IServiceProvider Services { get; }

    public SiloOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public GrainClassMap GrainClasses { get; }

    public Catalog Catalog { get; }

    public RuntimeTelemetry Telemetry { get; }

    public ReminderService Reminders { get; }

    public IGrainFactory GrainFactory => this;

    public TimeSpan ResponseTimeoutOf(IGrainRequest request) => request.Method.ResponseTimeout ?? Options.ResponseTimeout;

    public Task<TResult> InvokeAsync<TResult>(GrainReference target, GrainRequest<TResult> request)
    {
        Send(target.GrainId, request);
        return request.Task;
    }

    public Task InvokeAsync(GrainReference target, GrainRequest request)
    {
        Send(target.GrainId, request);
        if (request.Method.IsOneWay)
        {
            _ = ObserveOneWay(request);
            return Task.CompletedTask;
        }

        return request.Task;
    }

    /// <summary>Sends a request to a grain by id (reminder ticks and forwarding use this too).</summary>
    public void Send(GrainId target, IGrainRequest request)
    {
        request.StartedAt = TimeProvider.GetTimestamp();
        request.Activity = RuntimeTelemetry.StartCall(request.Method, target);
        Catalog.Deliver(target, request);
    }

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey =>
        CreateReference<TGrainInterface>(GrainId.Create(GrainClasses.GrainTypeFor(typeof(TGrainInterface)), primaryKey));

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey) where TGrainInterface : IGrainWithGuidKey =>
        CreateReference<TGrainInterface>(GrainId.Create(GrainClasses.GrainTypeFor(typeof(TGrainInterface)), primaryKey));

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey) where TGrainInterface : IGrainWithIntegerKey =>
        CreateReference<TGrainInterface>(GrainId.Create(GrainClasses.GrainTypeFor(typeof(TGrainInterface)), primaryKey));

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IAddressable =>
        CreateReference<TGrainInterface>(grainId);

    public TObserver CreateObjectReference<TObserver>(TObserver observer) where TObserver : class, IGrainObserver
    {
        var grainId = GrainId.Create(GrainClassInfo.ObserverGrainType, Guid.NewGuid());
        var activation = new ActivationData(grainId, GrainClassInfo.ForObserver(typeof(TObserver)), this);
        activation.AttachInstance(observer);
        Catalog.Register(activation);
        return CreateReference<TObserver>(grainId);
    }

    public void DeleteObjectReference<TObserver>(TObserver reference) where TObserver : class, IGrainObserver
    {
        if (Catalog.TryGet(reference.GetGrainId(), out var activation))
        {
            activation.Deactivate(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "The observer reference was deleted."));
        }
    }

    private TGrainInterface CreateReference<TGrainInterface>(GrainId grainId)
    {
        var factory = _proxyFactories.GetOrAdd(typeof(TGrainInterface), static type =>
        {
            if (!GrainTypeManifest.TryGetProxyFactory(type, out var found))
            {
                System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(type.Module.ModuleHandle);
                if (!GrainTypeManifest.TryGetProxyFactory(type, out found))
                {
                    throw new ArgumentException($"{type} has no generated proxy: is it a grain interface in a project that references Loyalty.Runtime.CodeGen?");
                }
            }

            return found;
        });
        return (TGrainInterface)factory(this, grainId);
    }

    private async Task ObserveOneWay(GrainRequest request)
    {
        try
        {
            await request.Task;
        }
        catch (Exception exception)
        {
            Telemetry.OneWayCallFailed(request.Method, exception);
        }
    }
}
