using System.ComponentModel.DataAnnotations;

namespace Loyalty.Silo.Demo;

/// <summary>
/// Demo mode, bound from <c>Loyalty:Demo</c>: demo members, printed links with tokens for the member view and the
/// marketer console, and simulated tills. Off unless enabled (the <c>dotnet run</c> launch profile enables it), and
/// never with a database configured: demo data must not land in a real one.
/// </summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Loyalty:Demo";

    /// <summary>Whether demo mode runs.</summary>
    public bool Enabled { get; set; }

    /// <summary>How many demo members to enroll (the first is the one whose page is printed).</summary>
    [Range(1, 10_000)]
    public int Members { get; set; } = 50;

    /// <summary>Purchases per second the simulated tills post; 0 turns the simulator off.</summary>
    [Range(0, 1_000)]
    public double PurchasesPerSecond { get; set; } = 4;

    /// <summary>Share of purchases made by the first demo member, so the printed member page moves often.</summary>
    [Range(0, 1)]
    public double FeaturedMemberShare { get; set; } = 0.25;
}
