using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>A purchase earned points: one new lot.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record PointsEarned(DateTimeOffset At, string TransactionId, LotCredit Lot) : IMemberEvent;
