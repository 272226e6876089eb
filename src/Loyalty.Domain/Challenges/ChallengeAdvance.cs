using System.Text.Json.Serialization;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// What a purchase gave one challenge and where it left the member, as the purchase's own event
/// (<see cref="Events.PurchaseRecorded"/>) records it. A purchase in ten challenges writes ten of these on
/// every purchase, so what is implied is left out: the lines when every line counted, the period unless a
/// streak, the SKUs unless a SKU set.
/// </summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Kind">The challenge's kind when the purchase counted.</param>
/// <param name="Progress">The member's progress after the purchase.</param>
/// <param name="Goal">What progress must reach.</param>
/// <param name="LineIds">Lines that counted; null when every line of the purchase did.</param>
/// <param name="Period">Local day number (days) or week number (weeks) of the purchase; 0 unless a streak.</param>
/// <param name="Skus">For a SKU set only: each counted line's SKU as the set names it.</param>
public sealed record ChallengeAdvance(
    string ChallengeId,
    ChallengeKind Kind,
    decimal Progress,
    decimal Goal,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? LineIds = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Period = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Skus = null)
{
    /// <summary>The share the purchase record keeps for returns, its lines named in full.</summary>
    /// <param name="allLineIds">Every line of the purchase, shared by the challenges every line counted toward.</param>
    public ChallengeContribution ContributionOf(IReadOnlyList<string> allLineIds) => new(ChallengeId, Kind, LineIds ?? allLineIds, Period, Skus);

    /// <summary>A step of the separate <see cref="Events.ChallengeProgressed"/> event older journals hold.</summary>
    public static ChallengeAdvance Of(ChallengeStep step)
    {
        var contribution = step.Contribution;
        return new(contribution.ChallengeId, contribution.Kind, step.Progress, step.Goal, contribution.LineIds, contribution.Period, contribution.Skus);
    }
}
