namespace Loyalty.Domain.Events;

/// <summary>The member moved to another tier.</summary>
/// <param name="At">When.</param>
/// <param name="From">The tier before.</param>
/// <param name="To">The tier after.</param>
/// <param name="Reason">Why.</param>
/// <param name="CausedBy">The transaction that caused it, if any.</param>
/// <param name="PeriodEndsAt">The new tier is kept at least until then.</param>
public sealed record TierChanged(DateTimeOffset At, string From, string To, TierChangeReason Reason, string? CausedBy, DateTimeOffset PeriodEndsAt) : IMemberEvent;

/// <summary>Why a tier changed.</summary>
public enum TierChangeReason
{
    /// <summary>Qualified for a higher tier (applies at once).</summary>
    Upgrade,

    /// <summary>Period-end evaluation.</summary>
    PeriodEnd,

    /// <summary>The purchase that caused an upgrade was returned.</summary>
    ReturnReversal,
}
