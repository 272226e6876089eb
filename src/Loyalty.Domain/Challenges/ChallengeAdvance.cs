using System.Text.Json.Serialization;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// What a purchase gave one challenge and where it left the member, as the purchase's own event
/// (<see cref="Events.PurchaseRecorded"/>) records it. A purchase in ten challenges writes ten of these on
/// every purchase, so what is implied is left out: the kind and the goal unless they differ from the member's
/// standing (its first advance, or after the program changed them), the lines when every line counted, the
/// period unless a streak, the SKUs unless a SKU set.
/// </summary>
// A value, and the rarely written kind and goal kept apart: a purchase in ten challenges makes ten of these, in one array,
// 56 bytes each instead of an object of 96. Not positional: JSON reads a struct through its parameterless constructor
// unless one is marked, and a stored advance missing its progress would then read as 0 instead of being refused.
public readonly record struct ChallengeAdvance
{
    private readonly Terms? _terms;

    /// <summary>An advance; see the properties.</summary>
    [JsonConstructor]
    public ChallengeAdvance(
        string challengeId,
        decimal progress,
        ChallengeKind? kind = null,
        decimal? goal = null,
        IReadOnlyList<string>? lineIds = null,
        int period = 0,
        IReadOnlyList<string>? skus = null)
    {
        (ChallengeId, Progress, LineIds, Period, Skus) = (challengeId, progress, lineIds, period, skus);
        _terms = kind is null && goal is null ? null : new Terms(kind, goal);
    }

    /// <summary>The challenge.</summary>
    public string ChallengeId { get; init; }

    /// <summary>The member's progress after the purchase.</summary>
    public decimal Progress { get; init; }

    /// <summary>The challenge's kind when the purchase counted; null when the standing has it already.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ChallengeKind? Kind => _terms?.Kind;

    /// <summary>What progress must reach; null when the standing has it already.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? Goal => _terms?.Goal;

    /// <summary>Lines that counted; null when every line of the purchase did.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? LineIds { get; init; }

    /// <summary>Local day number (days) or week number (weeks) of the purchase; 0 unless a streak.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Period { get; init; }

    /// <summary>For a SKU set only: each counted line's SKU as the set names it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Skus { get; init; }

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

    // Kind and goal are written on a member's first advance in a challenge, or after the program changed them.
    private sealed record Terms(ChallengeKind? Kind, decimal? Goal);
}
