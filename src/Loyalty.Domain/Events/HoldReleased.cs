namespace Loyalty.Domain.Events;

/// <summary>A hold was released: its units went back to the lots they came from.</summary>
/// <param name="At">When.</param>
/// <param name="HoldId">The hold.</param>
/// <param name="TransactionId">The release's transaction id.</param>
public sealed record HoldReleased(DateTimeOffset At, string HoldId, string TransactionId) : IMemberEvent;
