using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>
/// A flash campaign paid points on a purchase: one new lot. Written by journals before <see cref="CampaignBonusesAwarded"/>
/// (one event for all campaigns of a purchase) replaced it; still replayed.
/// </summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Bonus">The campaign and its points per line.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record CampaignBonusAwarded(DateTimeOffset At, string TransactionId, CampaignBonus Bonus, LotCredit Lot) : IMemberEvent;
