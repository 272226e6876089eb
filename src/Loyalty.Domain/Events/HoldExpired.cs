namespace Loyalty.Domain.Events;

/// <summary>A hold lapsed uncaptured: its units went back to the lots they came from.</summary>
/// <param name="At">When.</param>
/// <param name="HoldId">The hold.</param>
public sealed record HoldExpired(DateTimeOffset At, string HoldId) : IMemberEvent;
