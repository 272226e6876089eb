namespace Loyalty.Runtime;

/// <summary>How a grain timer ticks.</summary>
public readonly record struct GrainTimerCreationOptions
{
    /// <summary>Creates options with a due time and a period.</summary>
    public GrainTimerCreationOptions(TimeSpan dueTime, TimeSpan period)
    {
        DueTime = dueTime;
        Period = period;
    }

    /// <summary>Delay before the first tick.</summary>
    public TimeSpan DueTime { get; init; }

    /// <summary>Delay between the end of one tick and the start of the next; <see cref="Timeout.InfiniteTimeSpan"/> for one tick.</summary>
    public TimeSpan Period { get; init; }

    /// <summary>Whether ticks may interleave with requests (default: they wait their turn).</summary>
    public bool Interleave { get; init; }

    /// <summary>Whether ticks count as use, keeping the activation from idle collection.</summary>
    public bool KeepAlive { get; init; }
}
