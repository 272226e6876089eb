using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Grains.Leaderboards;

namespace Loyalty.Grains.Members;

/// <summary>Challenges: opting in, the member's view, and feeding leaderboards after a change is durable.</summary>
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
    private void FeedLeaderboards(Decision decision, CompiledProgram program)
    {
        var challenges = program.Definition.Challenges;
        if (challenges.Count == 0)
        {
            return;
        }

        foreach (var memberEvent in decision.Events)
        {
            IEnumerable<string> moved = memberEvent switch
            {
                ChallengeProgressed e => e.Steps.Select(step => step.Contribution.ChallengeId),
                ChallengeProgressReversed e => [e.ChallengeId],
                _ => [],
            };
            foreach (var challengeId in moved)
            {
                if (challenges.Any(c => c.Leaderboard && c.ChallengeId == challengeId)
                    && decision.State.ChallengeStates.TryGetValue(challengeId, out var standing))
                {
                    _leaderboards.Post(challengeId, new LeaderboardScore(decision.State.MemberId, standing.Progress, _journal.Version));
                }
            }
        }
    }
}
