namespace Loyalty.Runtime;

/// <summary>Anything a grain reference can point at: a grain or an observer.</summary>
public interface IAddressable;

/// <summary>Marker for grain interfaces.</summary>
public interface IGrain : IAddressable;

/// <summary>A grain identified by a string key.</summary>
public interface IGrainWithStringKey : IGrain;

/// <summary>A grain identified by a Guid key.</summary>
public interface IGrainWithGuidKey : IGrain;

/// <summary>A grain identified by an integer key.</summary>
public interface IGrainWithIntegerKey : IGrain;

/// <summary>An object outside the grain world (e.g. a SignalR hub adapter) that grains can call back.</summary>
public interface IGrainObserver : IAddressable;
