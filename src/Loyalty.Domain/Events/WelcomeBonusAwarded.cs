using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>The welcome bonus was credited on enrollment.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The enrollment's transaction id.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record WelcomeBonusAwarded(DateTimeOffset At, string TransactionId, LotCredit Lot) : IMemberEvent;
