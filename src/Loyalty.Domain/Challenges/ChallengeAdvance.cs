using System.Text.Json.Serialization;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// What a purchase gave one challenge and where it left the member, as the purchase's own event
/// (<see cref="Events.PurchaseRecorded"/>) records it. A purchase in ten challenges writes ten of these on
/// every purchase, so what is implied is left out: the kind and the goal unless they differ from the member's
/// standing (its first advance, or after the program changed them), the lines when every line counted, the
/// period unless a streak, the SKUs unless a SKU set.
/// </summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Progress">The member's progress after the purchase.</param>
/// <param name="Kind">The challenge's kind when the purchase counted; null when the standing has it already.</param>
/// <param name="Goal">What progress must reach; null when the standing has it already.</param>
/// <param name="LineIds">Lines that counted; null when every line of the purchase did.</param>
/// <param name="Period">Local day number (days) or week number (weeks) of the purchase; 0 unless a streak.</param>
/// <param name="Skus">For a SKU set only: each counted line's SKU as the set names it.</param>
public sealed record ChallengeAdvance(
    string ChallengeId,
    decimal Progress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChallengeKind? Kind = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Goal = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? LineIds = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Period = 0,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Skus = null)
{
    /// <summary>An advance that writes kind and goal only where <paramref name="standing"/> does not have them.</summary>
    public static ChallengeAdvance Against(
        ChallengeState? standing, string challengeId, ChallengeKind kind, decimal goal, decimal progress, IReadOnlyList<string>? lineIds, int period, IReadOnlyList<string>? skus) =>
        new(challengeId, progress, standing?.Kind == kind ? null : kind, standing?.Goal == goal ? null : goal, lineIds, period, skus);

    /// <summary>The kind and goal after this advance: its own where written, else those of <paramref name="standing"/>.</summary>
    public (ChallengeKind Kind, decimal Goal) TermsAfter(ChallengeState? standing) =>
        (Kind ?? standing?.Kind ?? throw Unresolved(nameof(Kind)), Goal ?? standing?.Goal ?? throw Unresolved(nameof(Goal)));

    /// <summary>A step of the separate <see cref="Events.ChallengeProgressed"/> event older journals hold.</summary>
    public static ChallengeAdvance Of(ChallengeStep step)
    {
        var contribution = step.Contribution;
        return new(contribution.ChallengeId, step.Progress, contribution.Kind, step.Goal, contribution.LineIds, contribution.Period, contribution.Skus);
    }

    private InvalidOperationException Unresolved(string field) =>
        new($"The advance of challenge '{ChallengeId}' leaves out its {field.ToLowerInvariant()} but the member has no standing in it.");
}
