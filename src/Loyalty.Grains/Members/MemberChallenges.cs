using Loyalty.Domain.Challenges;

namespace Loyalty.Grains.Members;

/// <summary>A member's challenges, badges and unlocked offers, as the member's app shows them.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Challenges">Every challenge of the current program version, with the member's standing.</param>
/// <param name="Badges">Badges held.</param>
/// <param name="Offers">Personal offers unlocked.</param>
/// <param name="Version">Sequence of the member's last event, to order against live updates.</param>
public sealed record MemberChallenges(string MemberId, IReadOnlyList<MemberChallenge> Challenges, IReadOnlyList<string> Badges, IReadOnlyList<string> Offers, long Version);

/// <summary>One challenge and the member's standing in it.</summary>
/// <param name="ChallengeId">The challenge.</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What it counts.</param>
/// <param name="StartsOn">First local date that counts.</param>
/// <param name="EndsOn">Last local date that counts.</param>
/// <param name="OptIn">Whether the member must join.</param>
/// <param name="Joined">Whether the member joined (always true for automatic challenges).</param>
/// <param name="Progress">Where the member stands.</param>
/// <param name="Goal">What completes it.</param>
/// <param name="Completed">Whether it is completed (and its reward stands).</param>
/// <param name="Reward">What completing pays.</param>
/// <param name="Leaderboard">Whether members are ranked on it.</param>
public sealed record MemberChallenge(
    string ChallengeId,
    string Name,
    ChallengeKind Kind,
    DateOnly StartsOn,
    DateOnly EndsOn,
    bool OptIn,
    bool Joined,
    decimal Progress,
    decimal Goal,
    bool Completed,
    ChallengeReward Reward,
    bool Leaderboard);
