using System.Text.Json.Serialization;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// What one purchase gave one challenge: the lines that counted and the period it fell in. The purchase
/// keeps it, so a return undoes exactly this share without looking at any other purchase. Lines are
/// named, not copied: their spend is in the purchase record, which keeps every purchase small even
/// when it counts toward many challenges. A value rather than an object for the same reason: a purchase in
/// ten challenges keeps ten of them in one array for as long as it may be returned.
/// </summary>
// Not positional: JSON reads a struct through its parameterless constructor unless one is marked, and then a stored
// contribution missing a field would read as nulls instead of being refused.
public readonly record struct ChallengeContribution
{
    /// <summary>A contribution; see the type's parameters.</summary>
    [JsonConstructor]
    public ChallengeContribution(string challengeId, ChallengeKind kind, IReadOnlyList<string> lineIds, int period, IReadOnlyList<string>? skus = null)
    {
        ChallengeId = challengeId;
        Kind = kind;
        LineIds = lineIds;
        Period = period;
        Skus = skus;
    }

    /// <summary>The challenge.</summary>
    public string ChallengeId { get; init; }

    /// <summary>The challenge's kind when the purchase counted.</summary>
    public ChallengeKind Kind { get; init; }

    /// <summary>Lines that counted.</summary>
    public IReadOnlyList<string> LineIds { get; init; }

    /// <summary>Local day number (days) or week number (weeks) of the purchase; 0 unless a streak.</summary>
    public int Period { get; init; }

    /// <summary>For a SKU set only: each counted line's SKU as the set names it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Skus { get; init; }
}

/// <summary>A purchase line as a challenge counted it (what a return takes back).</summary>
/// <param name="LineId">The line.</param>
/// <param name="Spend">Its amount.</param>
/// <param name="Sku">For a SKU set only: the SKU as the set names it (null otherwise, and then not written).</param>
public sealed record ChallengeLine(
    string LineId,
    decimal Spend,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sku = null);
