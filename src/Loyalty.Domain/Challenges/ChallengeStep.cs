namespace Loyalty.Domain.Challenges;

/// <summary>One challenge's share of a purchase and where it left the member, as older journals hold it (see <see cref="ChallengeAdvance"/>).</summary>
/// <param name="Contribution">What the purchase counted.</param>
/// <param name="Progress">The member's progress after it.</param>
/// <param name="Goal">What progress must reach.</param>
public sealed record ChallengeStep(ChallengeContribution Contribution, decimal Progress, decimal Goal);
