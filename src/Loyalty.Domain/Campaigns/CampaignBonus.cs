namespace Loyalty.Domain.Campaigns;

/// <summary>What a campaign paid on one purchase, per line, so a return of a line takes back exactly its share.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="ByLine">Points per basket line, in basket order.</param>
public sealed record CampaignBonus(string CampaignId, IReadOnlyList<long> ByLine)
{
    /// <summary>Points in all.</summary>
    public long Points => ByLine.Sum();
}
