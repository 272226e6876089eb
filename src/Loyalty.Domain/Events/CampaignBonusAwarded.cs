using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>A flash campaign paid points on a purchase, out of budget reserved for it: one new lot.</summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Bonus">The campaign and its points per line.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record CampaignBonusAwarded(DateTimeOffset At, string TransactionId, CampaignBonus Bonus, LotCredit Lot) : IMemberEvent;
