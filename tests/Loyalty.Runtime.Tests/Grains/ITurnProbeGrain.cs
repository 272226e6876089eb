namespace Loyalty.Runtime.Tests.Grains;

/// <summary>Measures how many of its requests overlap.</summary>
public interface ITurnProbeGrain : IGrainWithStringKey
{
    /// <summary>Enters, yields twice, leaves; returns the most requests ever inside at once.</summary>
    Task<int> EnterAsync();

    /// <summary>The most requests that were ever inside at once, and whether two threads ever ran it together.</summary>
    Task<ProbeReport> ReportAsync();
}

/// <summary>The same probe on a [Reentrant] grain.</summary>
public interface IReentrantProbeGrain : IGrainWithStringKey
{
    /// <inheritdoc cref="ITurnProbeGrain.EnterAsync"/>
    Task<int> EnterAsync();

    /// <inheritdoc cref="ITurnProbeGrain.ReportAsync"/>
    Task<ProbeReport> ReportAsync();
}

public sealed record ProbeReport(int MaxInside, bool ParallelSeen);
