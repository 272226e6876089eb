namespace Loyalty.Domain.Events;

/// <summary>A tier period ended and a new one began.</summary>
/// <param name="At">When.</param>
/// <param name="Tier">The tier held into the new period.</param>
/// <param name="PeriodEndsAt">End of the new period.</param>
public sealed record TierPeriodRenewed(DateTimeOffset At, string Tier, DateTimeOffset PeriodEndsAt) : IMemberEvent;
