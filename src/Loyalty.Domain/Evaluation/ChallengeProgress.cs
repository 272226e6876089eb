namespace Loyalty.Domain.Evaluation;

/// <summary>Progress a purchase made toward a challenge, attributed to its lines so a return undoes its share.</summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Amount">Total progress of the purchase.</param>
/// <param name="ByLine">Progress per line, in basket order; sums to <paramref name="Amount"/>.</param>
public sealed record ChallengeProgress(string ChallengeId, decimal Amount, IReadOnlyList<decimal> ByLine);
