using Loyalty.Domain.Evaluation;

namespace Loyalty.Domain.Events;

/// <summary>A purchase was evaluated and recorded: its effect list, discount, challenge progress and badges.</summary>
/// <param name="At">When it was recorded.</param>
/// <param name="TransactionId">The purchase's transaction id.</param>
/// <param name="OccurredAt">When it happened at the till.</param>
/// <param name="Evaluation">What it earned, per line.</param>
public sealed record PurchaseRecorded(DateTimeOffset At, string TransactionId, DateTimeOffset OccurredAt, PurchaseEvaluation Evaluation) : IMemberEvent;
