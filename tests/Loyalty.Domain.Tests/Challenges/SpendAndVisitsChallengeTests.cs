using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Challenges;

public sealed class SpendAndVisitsChallengeTests
{
    [Fact]
    public void Spend_counts_only_the_lines_of_the_category_and_completes_with_a_reward_lot()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(100m, "fresh")));

        var first = member.Buy(("fresh", 60m), ("toys", 500m));
        var second = member.Buy(("fresh", 40m));

        Assert.Equal(60m, Assert.Single(first.Challenges).Progress);
        var done = Assert.Single(second.Challenges);
        Assert.Equal((100m, 100m, true, 100L, "big-spender"), (done.Progress, done.Goal, done.Completed, done.RewardPoints, done.BadgeId));
        Assert.Equal(["big-spender"], second.BadgesAwarded);
        Assert.Equal(60 + 500 + 40 + 100, member.Points.Total);
        Assert.Contains(member.State.Lots, lot => lot.Source == "p2" && lot.Amount == 100);
    }

    [Fact]
    public void A_quote_shows_the_challenge_progress_reward_and_tier_the_purchase_would_bring_and_changes_nothing()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(100m, "fresh")));
        var before = member.State;

        var quote = member.Run(new QuotePurchase("q1", Baskets.Of(("fresh", 600m))));
        var bought = member.Buy(("fresh", 600m));

        Assert.Empty(quote.Events);
        Assert.Same(before, quote.State);
        var progress = Assert.Single(quote.Result!.Challenges);
        Assert.Equal((600m, true, 100L, "big-spender"), (progress.Progress, progress.Completed, progress.RewardPoints, progress.BadgeId));
        Assert.Equal(["big-spender"], quote.Result.BadgesAwarded);
        Assert.NotNull(quote.Result.TierChange); // 600 of spend qualifies for an upgrade at once
        Assert.Equal((bought.Tier, bought.Evaluation!.Points, bought.Balances), (quote.Result.Tier, quote.Result.Evaluation!.Points, quote.Result.Balances));
        Assert.Equal(bought.Challenges, quote.Result.Challenges);
    }

    [Fact]
    public void A_completed_challenge_takes_no_more_progress()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(10m)));
        member.Buy(("fresh", 10m));

        var later = member.Buy(("fresh", 10m));

        Assert.Empty(later.Challenges);
        Assert.Equal(10m, member.State.ChallengeStates["spend"].Progress);
    }

    [Fact]
    public void The_window_is_read_in_the_members_time_zone()
    {
        // New York is UTC-5 in November: 04:00Z on Monday is still Sunday there, 03:00Z the next Monday is Sunday night.
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(1_000m)), MemberProfile.Empty with { TimeZone = "America/New_York" });
        member.Now = Baskets.Monday10.AddDays(14);

        member.Accept(new RecordPurchase("before", Baskets.At(new DateTimeOffset(2026, 11, 16, 4, 59, 0, TimeSpan.Zero), ("fresh", 1m))));
        member.Accept(new RecordPurchase("first", Baskets.At(new DateTimeOffset(2026, 11, 16, 5, 0, 0, TimeSpan.Zero), ("fresh", 10m))));
        member.Accept(new RecordPurchase("last", Baskets.At(new DateTimeOffset(2026, 11, 23, 4, 59, 0, TimeSpan.Zero), ("fresh", 100m))));
        member.Accept(new RecordPurchase("after", Baskets.At(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero), ("fresh", 1_000m))));

        Assert.Equal(110m, member.State.ChallengeStates["spend"].Progress);
    }

    [Fact]
    public void Without_a_member_time_zone_the_programs_is_used()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Spend(1_000m)) with { TimeZone = "Asia/Tokyo" });

        // 15:00Z on Sunday is already Monday in Tokyo.
        member.Accept(new RecordPurchase("p", Baskets.At(new DateTimeOffset(2026, 11, 15, 15, 0, 0, TimeSpan.Zero), ("fresh", 10m))));

        Assert.Equal(10m, member.State.ChallengeStates["spend"].Progress);
    }

    [Fact]
    public void Visits_need_the_minimum_spend_and_complete_with_points_and_an_offer()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Visits(2, minimumSpend: 10m)));

        member.Buy(("food", 9.99m));
        member.Buy(("food", 10m));
        var second = member.Buy(("food", 12m));

        Assert.Equal(2m, member.State.ChallengeStates["visits"].Progress);
        var done = Assert.Single(second.Challenges);
        Assert.True(done.Completed);
        Assert.Equal("free-coffee", done.OfferId);
        Assert.Contains("free-coffee", member.State.Offers);
    }

    [Fact]
    public void Opt_in_challenges_count_only_purchases_after_joining()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Visits(2, optIn: true)));
        member.Buy(("food", 10m));

        var joined = member.Accept(new JoinChallenge("join", "visits"));
        member.Buy(("food", 10m));

        Assert.True(Assert.Single(joined.Challenges).Joined);
        Assert.Equal(1m, member.State.ChallengeStates["visits"].Progress);
        Assert.Equal(RejectionCode.AlreadyJoined, member.Reject(new JoinChallenge("join-again", "visits")).Code);
    }

    [Fact]
    public void Joining_is_refused_for_unknown_automatic_and_ended_challenges()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Visits(2, optIn: true), Challenges.Spend(10m)));

        Assert.Equal(RejectionCode.UnknownChallenge, member.Reject(new JoinChallenge("a", "nope")).Code);
        Assert.Equal(RejectionCode.ChallengeNotJoinable, member.Reject(new JoinChallenge("b", "spend")).Code);
        member.Now = member.Now.AddDays(7);
        var ended = member.Reject(new JoinChallenge("c", "visits"));
        Assert.Equal((RejectionCode.ChallengeNotJoinable, "challengeId"), (ended.Code, ended.Field));
    }
}
