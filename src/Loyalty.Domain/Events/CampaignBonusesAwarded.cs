using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>
/// The flash campaigns that paid points on one purchase, out of budget reserved for them: one new lot each, in order.
/// One event for all of them, so a purchase earning from three campaigns adds one journal row, not three.
/// (Journals written before it hold one <see cref="CampaignBonusAwarded"/> per campaign; both replay alike.)
/// </summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Awards">Each campaign's bonus and the lot credited for it; lot ids follow one another.</param>
public sealed record CampaignBonusesAwarded(DateTimeOffset At, string TransactionId, IReadOnlyList<CampaignAward> Awards) : IMemberEvent;

/// <summary>One campaign's part of <see cref="CampaignBonusesAwarded"/>.</summary>
/// <param name="Bonus">The campaign and its points per line.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record CampaignAward(CampaignBonus Bonus, LotCredit Lot);
