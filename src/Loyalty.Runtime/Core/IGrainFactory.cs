namespace Loyalty.Runtime;

/// <summary>Creates references to grains and observers. Creating a reference never activates anything.</summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain with the given string key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey;

    /// <summary>A reference to the grain with the given Guid key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey) where TGrainInterface : IGrainWithGuidKey;

    /// <summary>A reference to the grain with the given integer key.</summary>
    TGrainInterface GetGrain<TGrainInterface>(long primaryKey) where TGrainInterface : IGrainWithIntegerKey;

    /// <summary>A reference to the grain with the given identity.</summary>
    TGrainInterface GetGrain<TGrainInterface>(GrainId grainId) where TGrainInterface : IAddressable;

    /// <summary>Wraps a local object so grains can call it through <typeparamref name="TObserver"/>.</summary>
    TObserver CreateObjectReference<TObserver>(TObserver observer) where TObserver : class, IGrainObserver;

    /// <summary>Stops routing calls to an object made callable by <see cref="CreateObjectReference{TObserver}"/>.</summary>
    void DeleteObjectReference<TObserver>(TObserver reference) where TObserver : class, IGrainObserver;
}
