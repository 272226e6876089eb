using Loyalty.Domain.Commands;

namespace Loyalty.Grains.Members;

/// <summary>Challenges: opting in and the member's view.</summary>
public sealed partial class MemberGrain
{
    /// <inheritdoc />
    public Task<MemberOutcome> JoinChallengeAsync(JoinChallenge command) => ExecuteAsync(command);

    /// <inheritdoc />
    public async Task<MemberChallenges?> GetChallengesAsync()
    {
        var state = _journal.State;
        if (!state.IsEnrolled)
        {
            return null;
        }

        var program = await ProgramAsync();
        return new MemberChallenges(
            state.MemberId,
            [.. program.Definition.Challenges.Select(challenge =>
            {
                var standing = state.ChallengeStates.GetValueOrDefault(challenge.ChallengeId);
                return new MemberChallenge(
                    challenge.ChallengeId,
                    challenge.Name,
                    challenge.Kind,
                    challenge.StartsOn,
                    challenge.EndsOn,
                    challenge.OptIn,
                    !challenge.OptIn || standing is { Joined: true },
                    standing?.Progress ?? 0m,
                    challenge.Goal,
                    standing is { IsCompleted: true },
                    challenge.Reward,
                    challenge.Leaderboard);
            })],
            [.. state.Badges],
            [.. state.Offers],
            _journal.Version);
    }

    // Posted, never awaited: the purchase has been answered by the time any leaderboard hears of it.
}
