using System.ComponentModel.DataAnnotations;

namespace Loyalty.Grains.Hosting;

/// <summary>Settings of the loyalty grains, bound from <c>Loyalty:Grains</c>.</summary>
public sealed class LoyaltyGrainsOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Loyalty:Grains";

    /// <summary>The program every member of this deployment belongs to.</summary>
    [Required]
    public string ProgramId { get; set; } = "default";

    /// <summary>Member events between snapshots.</summary>
    [Range(1, 100_000)]
    public int SnapshotInterval { get; set; } = 200;

    /// <summary>If a housekeeping run fails, the reminder fires again after this long.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan HousekeepingRetryPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The slice of a campaign's budget one lease hands a silo, in percent. Smaller slices leave less
    /// unused on a stop or crash; larger ones mean fewer calls to the campaign grain.
    /// </summary>
    [Range(0.01, 50.0)]
    public double CampaignLeasePercent { get; set; } = 2.0;
}
