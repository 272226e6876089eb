namespace Loyalty.Domain.Campaigns;

/// <summary>
/// The live campaigns a purchase may earn from, and the budget they can still pay. The decider stays
/// deterministic given what <see cref="Reserve"/> answers; the caller keeps what was reserved so it can
/// give it back if the decision is not made durable.
/// </summary>
public interface ICampaignBudget
{
    /// <summary>Campaigns live for this purchase, by id.</summary>
    IReadOnlyList<LiveCampaignTerms> Live { get; }

    /// <summary>Takes up to <paramref name="wanted"/> points of <paramref name="campaignId"/>'s budget; returns what was taken.</summary>
    long Reserve(string campaignId, long wanted);
}

/// <summary>A live campaign as purchases see it.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Definition">Its terms.</param>
public sealed record LiveCampaignTerms(string CampaignId, CampaignDefinition Definition);
