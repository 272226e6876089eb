using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>A purchase earned cashback: one new lot in minor units.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record CashbackEarned(DateTimeOffset At, string TransactionId, LotCredit Lot) : IMemberEvent;
