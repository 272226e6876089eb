using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Members;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Properties;

public sealed class LedgerProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly Arbitrary<int[]> Histories = Gen.ArrayOf(Gen.Choose(0, 1_000_000)).ScaleSize(size => size * 2).ToArbitrary();

    [Fact]
    public void Every_step_keeps_balances_equal_to_the_ledger_and_value_conserved()
    {
        Check.One(Runs, Prop.ForAll(Histories, numbers => RandomHistory.Play(numbers, (member, _, _) =>
        {
            foreach (var wallet in new[] { Wallet.Points, Wallet.Cashback })
            {
                var totals = member.State.TotalsOf(wallet);
                var lots = member.State.Lots.Where(lot => lot.Wallet == wallet).ToArray();
                var held = member.State.Holds.Values.Where(hold => hold.Wallet == wallet).Sum(hold => hold.Amount);
                var balance = WalletBalance.Of(member.State, wallet, member.Now);
                Assert.All(lots, lot => Assert.InRange(lot.Remaining, 0, lot.Amount));
                Assert.True(totals.Debt >= 0);
                Assert.Equal(lots.Sum(lot => lot.Remaining) + held - totals.Debt, balance.Total);
                Assert.Equal(lots.Sum(lot => lot.Amount), totals.Issued);
                Assert.Equal(totals.Issued, balance.Total + totals.Redeemed + totals.Expired + totals.Reversed);
                Assert.InRange(balance.Available, 0, Math.Max(0, balance.Total));
            }
        })));
    }

    [Fact]
    public void Replays_never_change_state_and_return_the_original_result()
    {
        Check.One(Runs, Prop.ForAll(Histories, numbers => RandomHistory.Play(numbers, (member, before, decision) =>
        {
            if (decision is { IsReplay: true })
            {
                Assert.Same(before, member.State);
                Assert.Empty(decision.Events);
                // The newest transactions answer from memory; an older one is left to the journal, which holds every result.
                if (decision.Result is { } result)
                {
                    Assert.Same(before.Processed[result.TransactionId].Result, result);
                }
                else
                {
                    Assert.True(decision.ResultInJournal && before.Processed.Count > MemberState.RecentResultsKept);
                }
            }
        })));
    }

    [Fact]
    public void Folding_the_journal_from_scratch_gives_the_live_state()
    {
        Check.One(Runs, Prop.ForAll(Histories, numbers =>
        {
            var member = RandomHistory.Play(numbers, (_, _, _) => { });

            Assert.Equal(Snapshots.Of(member.State), Snapshots.Of(MemberEvolver.Replay(MemberState.Empty, member.Journal)));
        }));
    }

    [Fact]
    public void Histories_are_deterministic()
    {
        Check.One(Runs.WithMaxTest(100), Prop.ForAll(Histories, numbers =>
        {
            var first = RandomHistory.Play(numbers, (_, _, _) => { });
            var second = RandomHistory.Play(numbers, (_, _, _) => { });

            Assert.Equal(Journals.Of(first.Journal), Journals.Of(second.Journal));
        }));
    }

    [Fact]
    public void Journals_round_trip_through_json_unchanged()
    {
        Check.One(Runs.WithMaxTest(100), Prop.ForAll(Histories, numbers =>
        {
            var journal = Journals.Of(RandomHistory.Play(numbers, (_, _, _) => { }).Journal);

            Assert.Equal(journal, Journals.Of(Journals.Parse(journal)));
        }));
    }

    [Fact]
    public void The_tier_held_after_a_purchase_is_never_below_what_the_history_qualifies_for()
    {
        Check.One(Runs, Prop.ForAll(Histories, numbers => RandomHistory.Play(
            numbers,
            (member, _, decision) =>
            {
                if (decision is { IsRejected: false, Result.Evaluation: not null })
                {
                    Assert.True(member.Program.TierIndexOf(member.State.Tier) >= TierDecider.QualifyingIndex(member.State, member.Program, member.Now));
                }
            },
            changePrograms: false)));
    }
}
