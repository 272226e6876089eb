using Loyalty.Domain.Campaigns;
using Loyalty.Domain.Programs;

namespace Loyalty.Grains.Campaigns;

/// <summary>The outcome of defining a campaign.</summary>
/// <param name="Status">The campaign after the change, when accepted.</param>
/// <param name="Errors">Why it was refused, each naming its field; empty when accepted.</param>
public sealed record CampaignChange(CampaignStatus? Status, IReadOnlyList<ValidationError> Errors);

/// <summary>Budget granted to a silo.</summary>
/// <param name="Points">Points the silo may award; zero when nothing is left or the campaign is not live.</param>
/// <param name="Exhausted">True when no further lease will be granted.</param>
public sealed record CampaignLeaseGrant(long Points, bool Exhausted);

/// <summary>What a silo awarded from its leases since its last report.</summary>
/// <param name="Awarded">Points made durable in members' journals.</param>
/// <param name="Purchases">Purchases that earned from the campaign.</param>
/// <param name="Participants">Members who earned from it for the first time.</param>
/// <param name="Spend">Spend of those purchases.</param>
public sealed record CampaignReport(long Awarded, long Purchases, long Participants, decimal Spend)
{
    /// <summary>Nothing to report.</summary>
    public static CampaignReport None { get; } = new(0, 0, 0, 0m);

    /// <summary>Both reports together.</summary>
    public CampaignReport Add(CampaignReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Awarded + other.Awarded, Purchases + other.Purchases, Participants + other.Participants, Spend + other.Spend);
    }
}

/// <summary>A campaign's phase and live stats.</summary>
/// <param name="CampaignId">The campaign.</param>
/// <param name="Phase">Where it is in its lifecycle.</param>
/// <param name="Definition">Its terms.</param>
/// <param name="Totals">Awarded points, purchases, participants and their spend so far.</param>
/// <param name="Leased">Budget handed to silos in leases.</param>
/// <param name="Returned">Leased budget given back unused when the campaign closed.</param>
/// <param name="LeaseRequests">Lease requests received: the only calls purchases cause.</param>
public sealed record CampaignStatus(string CampaignId, CampaignPhase Phase, CampaignDefinition Definition, CampaignReport Totals, long Leased, long Returned, long LeaseRequests)
{
    /// <summary>Budget not yet awarded.</summary>
    public long BudgetLeft => Definition.Budget - Totals.Awarded;
}
