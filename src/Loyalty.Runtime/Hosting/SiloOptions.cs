using System.ComponentModel.DataAnnotations;

namespace Loyalty.Runtime.Hosting;

/// <summary>Runtime settings of a silo, bound from the <c>Loyalty:Silo</c> configuration section.</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Loyalty:Silo";

    /// <summary>How long a caller waits for a grain's response (Orleans' ResponseTimeout; default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is collected (Orleans' CollectionAge; default 15 min).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "365.00:00:00")]
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for (Orleans' CollectionQuantum; default 1 min).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest time reading state plus <c>OnActivateAsync</c> may take (default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest time <c>OnDeactivateAsync</c> may take (default 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A turn running longer than this without yielding is counted and logged (default 200 ms).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan TurnWarningThreshold { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Shortest period a reminder may have (Orleans' MinimumReminderPeriod; default 1 min).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
