using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>The yearly birthday bonus was credited.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The command's transaction id.</param>
/// <param name="Year">The birthday's year; one bonus per year.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record BirthdayBonusAwarded(DateTimeOffset At, string TransactionId, int Year, LotCredit Lot) : IMemberEvent;
