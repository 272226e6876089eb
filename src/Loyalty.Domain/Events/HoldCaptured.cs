namespace Loyalty.Domain.Events;

/// <summary>A hold was captured: its value is now redeemed.</summary>
/// <param name="At">When.</param>
/// <param name="HoldId">The hold.</param>
/// <param name="TransactionId">The capture's transaction id.</param>
public sealed record HoldCaptured(DateTimeOffset At, string HoldId, string TransactionId) : IMemberEvent;
