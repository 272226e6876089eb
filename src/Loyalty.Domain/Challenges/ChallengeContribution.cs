using System.Text.Json.Serialization;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// What one purchase gave one challenge: the lines that counted and the period it fell in. The purchase
/// keeps it, so a return undoes exactly this share without looking at any other purchase. Lines are
/// named, not copied: their spend is in the purchase record, which keeps every purchase small even
/// when it counts toward many challenges. A value rather than an object for the same reason: a purchase in
/// ten challenges keeps ten of them in one array for as long as it may be returned.
/// </summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Kind">The challenge's kind when the purchase counted.</param>
/// <param name="LineIds">Lines that counted.</param>
/// <param name="Period">Local day number (days) or week number (weeks) of the purchase; 0 unless a streak.</param>
/// <param name="Skus">For a SKU set only: each counted line's SKU as the set names it (null otherwise, and then not written).</param>
public readonly record struct ChallengeContribution(
    string ChallengeId,
    ChallengeKind Kind,
    IReadOnlyList<string> LineIds,
    int Period,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Skus = null);

/// <summary>A purchase line as a challenge counted it (what a return takes back).</summary>
/// <param name="LineId">The line.</param>
/// <param name="Spend">Its amount.</param>
/// <param name="Sku">For a SKU set only: the SKU as the set names it (null otherwise, and then not written).</param>
public sealed record ChallengeLine(
    string LineId,
    decimal Spend,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sku = null);
