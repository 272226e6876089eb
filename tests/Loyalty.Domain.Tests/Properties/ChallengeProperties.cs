using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Challenges;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Properties;

public sealed class ChallengeProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly Arbitrary<int[]> Histories = Gen.ArrayOf(Gen.Choose(0, 1_000_000)).ScaleSize(size => size * 3).ToArbitrary();

    [Fact]
    public void Challenge_aggregates_always_equal_what_the_unreturned_lines_of_the_purchases_gave()
    {
        Check.One(Runs, Prop.ForAll(Histories, numbers => RandomHistory.Play(numbers, (member, _, _) =>
        {
            foreach (var (id, challenge) in member.State.ChallengeStates)
            {
                var standing = member.State.Purchases.Values
                    .SelectMany(purchase => purchase.ChallengeContributions
                        .Where(c => c.ChallengeId == id)
                        .Select(c => c.LineIds
                            .Select((lineId, i) => (LineId: lineId, Spend: purchase.Lines.Single(line => line.LineId == lineId).Spend, Sku: c.Skus?[i]))
                            .Where(line => !purchase.ReturnedLineIds.Contains(line.LineId))
                            .ToArray()))
                    .Where(lines => lines.Length > 0)
                    .ToArray();
                Assert.Equal(standing.Sum(lines => lines.Sum(line => line.Spend)), challenge.Spend);
                Assert.Equal(standing.Length, challenge.Visits);
                if (challenge.Kind == ChallengeKind.SkuSet)
                {
                    Assert.Equal(standing.SelectMany(lines => lines).Select(line => line.Sku).Distinct().Count(), challenge.Skus.Count);
                    Assert.Equal(challenge.Skus.Count, challenge.Progress);
                }
            }
        })));
    }

    [Fact]
    public void A_journal_with_challenge_progress_and_campaign_awards_in_separate_events_as_older_versions_wrote_replays_to_the_same_state()
    {
        var (progress, awards) = (0, 0);
        Check.One(Runs, Prop.ForAll(Histories, numbers =>
        {
            var member = RandomHistory.Play(numbers, (_, _, _) => { });
            var older = OlderJournals.AsOlderVersionsWrote(member.Journal, MemberState.Empty);
            progress += older.Count(e => e is ChallengeProgressed);
            awards += older.Count(e => e is CampaignBonusesAwarded);

            Assert.Equal(Snapshots.Of(member.State), Snapshots.Of(MemberEvolver.Replay(MemberState.Empty, older)));
        }));
        Assert.True(progress > 100, $"only {progress} purchases counted toward a challenge");
        Assert.True(awards > 100, $"only {awards} purchases earned campaign points");
    }

    [Fact]
    public void A_challenge_stands_completed_only_while_its_progress_reaches_the_goal_and_its_reward_is_on_the_ledger()
    {
        Check.One(Runs, Prop.ForAll(Histories, numbers => RandomHistory.Play(numbers, (member, _, _) =>
        {
            foreach (var challenge in member.State.ChallengeStates.Values)
            {
                if (challenge.Completion is { } completion)
                {
                    Assert.True(challenge.Progress >= challenge.Goal);
                    Assert.Equal(completion.TransactionId, member.State.Lots[(int)completion.RewardLotId!.Value - 1].Source);
                    Assert.True(completion.BadgeId is null || member.State.Badges.Contains(completion.BadgeId));
                    Assert.True(completion.OfferId is null || member.State.Offers.Contains(completion.OfferId));
                }
            }

            var offersOfCompletions = member.State.ChallengeStates.Values.Select(c => c.Completion?.OfferId).OfType<string>();
            Assert.Equal(offersOfCompletions.Order(StringComparer.Ordinal), member.State.Offers.ToArray());
        })));
    }
}
