using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Properties;

public sealed class ReturnProperties
{
    private static readonly Arbitrary<int[]> Histories = Gen.ArrayOf(Gen.Choose(0, 1_000_000)).ScaleSize(size => size * 2).ToArbitrary();

    [Fact]
    public void A_full_return_of_an_unspent_purchase_restores_balances_tier_progress_challenges_badges_and_offers()
    {
        var basket = Gen.ArrayOf(Gen.Choose(0, 1_000_000), 3);
        var cases = Gen.Zip(Histories.Generator, basket).ToArbitrary();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(cases, input =>
        {
            var member = RandomHistory.Play(input.Item1, (_, _, _) => { }, changePrograms: false);
            var before = member.State;
            var debtBefore = before.Points.Debt + before.Cashback.Debt;
            member.Run(new RecordPurchase("extra", Baskets.Of(("toys", 1 + (input.Item2[0] % 900)), ("fresh", input.Item2[1] % 300), ("coffee", input.Item2[2] % 50))));

            member.Accept(new ReturnPurchase("extra-return", "extra", null));

            if (debtBefore == 0)
            {
                Assert.Equal(before.BalancesAt(member.Now), member.State.BalancesAt(member.Now));
            }

            Assert.Equal((before.Tier, before.TierPeriodEndsAt), (member.State.Tier, member.State.TierPeriodEndsAt));
            Assert.Equal(TierDecider.QualifyingIndex(before, member.Program, member.Now), TierDecider.QualifyingIndex(member.State, member.Program, member.Now));
            Assert.Equal(before.LifetimeSpend, member.State.LifetimeSpend);
            Assert.Equal(before.Badges, member.State.Badges);
            Assert.Equal(before.Offers, member.State.Offers);
            Assert.Equal(
                before.ChallengeStates.Values.Select(c => (c.ChallengeId, c.Progress, c.IsCompleted)).Where(c => c.Progress != 0).Order(),
                member.State.ChallengeStates.Values.Select(c => (c.ChallengeId, c.Progress, c.IsCompleted)).Where(c => c.Progress != 0).Order());
            Assert.Equal(before.Challenges.Where(c => c.Value != 0).OrderBy(c => c.Key, StringComparer.Ordinal), member.State.Challenges.Where(c => c.Value != 0).OrderBy(c => c.Key, StringComparer.Ordinal));
        }));
    }
}
