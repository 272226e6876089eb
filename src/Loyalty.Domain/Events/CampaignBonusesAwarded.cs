using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Events;

/// <summary>
/// The flash campaigns that paid points on one purchase, out of budget reserved for them: one new lot each, in order.
/// Read from older journals only: purchases now carry their awards in <see cref="PurchaseRecorded.Campaigns"/>, one
/// journal row less. (Journals older still hold one <see cref="CampaignBonusAwarded"/> per campaign; all replay alike.)
/// </summary>
/// <param name="At">When.</param>
/// <param name="TransactionId">The purchase.</param>
/// <param name="Awards">Each campaign's bonus and the lot credited for it; lot ids follow one another.</param>
public sealed record CampaignBonusesAwarded(DateTimeOffset At, string TransactionId, IReadOnlyList<CampaignAward> Awards) : IMemberEvent;

/// <summary>One campaign's award on a purchase (<see cref="PurchaseRecorded.Campaigns"/>).</summary>
/// <param name="Bonus">The campaign and its points per line.</param>
/// <param name="Lot">The lot credited.</param>
public sealed record CampaignAward(CampaignBonus Bonus, LotCredit Lot);
