using Loyalty.Domain.Challenges;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Challenges;

public sealed class StreakAndSetChallengeTests
{
    [Fact]
    public void A_broken_day_streak_starts_again_and_completes_on_the_third_day_running()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Streak(3, StreakUnit.Days)));

        BuyCoffeeOnDay(member, 0);
        BuyCoffeeOnDay(member, 0);
        BuyCoffeeOnDay(member, 1);
        BuyCoffeeOnDay(member, 3);
        var fourth = BuyCoffeeOnDay(member, 4);
        Assert.Equal(2m, member.State.ChallengeStates["streak"].Progress);
        Assert.False(Assert.Single(fourth.Challenges).Completed);

        var fifth = BuyCoffeeOnDay(member, 5);

        Assert.True(Assert.Single(fifth.Challenges).Completed);
        Assert.Equal(3m, member.State.ChallengeStates["streak"].Progress);
        Assert.Contains("regular", member.State.Badges);
    }

    [Fact]
    public void A_purchase_arriving_late_can_join_two_runs_into_one()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Streak(3, StreakUnit.Days)));
        BuyCoffeeOnDay(member, 0);
        BuyCoffeeOnDay(member, 2);

        var bridge = BuyCoffeeOnDay(member, 1);

        Assert.True(Assert.Single(bridge.Challenges).Completed);
    }

    [Fact]
    public void Purchases_below_the_minimum_or_without_the_category_do_not_keep_a_streak()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Streak(2, StreakUnit.Days)));
        BuyCoffeeOnDay(member, 0);

        member.Accept(new RecordPurchase("cheap", Baskets.At(Baskets.Monday10.AddDays(1), ("coffee", 1.99m), ("fresh", 50m))));

        Assert.Equal(1m, member.State.ChallengeStates["streak"].Progress);
    }

    [Fact]
    public void Week_streaks_use_monday_to_sunday_weeks_in_the_members_zone()
    {
        // Sydney is UTC+11 in November: 14:00Z on Sunday is already Monday there, so these are two different weeks.
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Streak(2, StreakUnit.Weeks)), MemberProfile.Empty with { TimeZone = "Australia/Sydney" });
        member.Now = Baskets.Monday10.AddDays(14);
        member.Accept(new RecordPurchase("w1", Baskets.At(new DateTimeOffset(2026, 11, 22, 12, 59, 0, TimeSpan.Zero), ("coffee", 3m))));

        var next = member.Accept(new RecordPurchase("w2", Baskets.At(new DateTimeOffset(2026, 11, 22, 13, 0, 0, TimeSpan.Zero), ("coffee", 3m))));

        Assert.True(Assert.Single(next.Challenges).Completed);
    }

    [Fact]
    public void Returning_a_day_of_a_completed_streak_breaks_it_and_takes_the_reward_back()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.Streak(3, StreakUnit.Days)));
        BuyCoffeeOnDay(member, 0);
        BuyCoffeeOnDay(member, 1, "middle");
        BuyCoffeeOnDay(member, 2);
        var before = member.Points.Total;

        var returned = member.Accept(new ReturnPurchase("r", "middle", null));

        var update = Assert.Single(returned.Challenges);
        Assert.Equal((1m, true, 70L, "regular"), (update.Progress, update.Revoked, update.PointsTakenBack, update.BadgeId));
        Assert.Equal(before - 3 - 70, member.Points.Total);
        Assert.DoesNotContain("regular", member.State.Badges);
        Assert.False(member.State.ChallengeStates["streak"].IsCompleted);
    }

    [Fact]
    public void A_sku_set_completes_when_every_sku_was_bought_in_any_spelling()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.SkuSet("CROISSANT", "JUICE", "BEANS")));
        member.Buy(Challenges.Skus(member.Now, "croissant", "croissant", "bread"));
        member.Buy(Challenges.Skus(member.Now, "juice"));
        Assert.Equal(2m, member.State.ChallengeStates["set"].Progress);

        var last = member.Buy(Challenges.Skus(member.Now, "Beans"));

        var done = Assert.Single(last.Challenges);
        Assert.Equal((3m, 3m, true, "collector"), (done.Progress, done.Goal, done.Completed, done.BadgeId));
    }

    [Fact]
    public void A_sku_bought_twice_stays_collected_when_one_of_the_lines_comes_back()
    {
        var member = MemberHarness.Enrolled(Challenges.Program(Challenges.SkuSet("CROISSANT", "JUICE", "BEANS")));
        member.Buy(Challenges.Skus(member.Now, "croissant", "croissant"), "two");

        member.Accept(new ReturnPurchase("r1", "two", ["l1"]));
        Assert.Equal(1m, member.State.ChallengeStates["set"].Progress);
        member.Accept(new ReturnPurchase("r2", "two", ["l2"]));
        Assert.Equal(0m, member.State.ChallengeStates["set"].Progress);
    }

    // Tills may report purchases late: the clock stands after the last day, the purchases keep their own dates.
    private static CommandResult BuyCoffeeOnDay(MemberHarness member, int day, string? id = null)
    {
        member.Now = Baskets.Monday10.AddDays(30);
        return member.Accept(new RecordPurchase(id ?? $"day{day}-{member.State.Purchases.Count}", Baskets.At(Baskets.Monday10.AddDays(day), ("coffee", 3m))));
    }
}
