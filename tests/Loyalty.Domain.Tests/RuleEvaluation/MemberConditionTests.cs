using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs.Rules;
using Loyalty.Domain.Tests.Support;
using static Loyalty.Domain.Tests.Support.TestPrograms;

namespace Loyalty.Domain.Tests.RuleEvaluation;

public sealed class MemberConditionTests
{
    private static readonly Purchase Basket = Baskets.Of(("food", 10m));

    private static long PointsWhen(RuleCondition condition, MemberSnapshot member) =>
        Evaluate.Points(WithRules(Rule("r", [condition], new AddPointsEffect(100, null))), Basket, member);

    [Fact]
    public void Tier_condition_matches_the_tier_held()
    {
        Assert.Equal(110, PointsWhen(new TierCondition(["Gold"]), Evaluate.Member("Gold")));
        Assert.Equal(10, PointsWhen(new TierCondition(["Gold"]), Evaluate.Member("Silver")));
    }

    [Fact]
    public void Segment_club_and_subscription_match_any_listed_value()
    {
        var member = Evaluate.Member(profile: MemberProfile.Empty with { Segments = ["vip"], Clubs = ["baby"], Subscriptions = ["plus"] });

        Assert.Equal(110, PointsWhen(new SegmentCondition(["students", "VIP"]), member));
        Assert.Equal(110, PointsWhen(new ClubCondition(["baby"]), member));
        Assert.Equal(110, PointsWhen(new SubscriptionCondition(["plus"]), member));
        Assert.Equal(10, PointsWhen(new SubscriptionCondition(["premium"]), member));
    }

    [Fact]
    public void Enrollment_age_counts_whole_days_before_the_purchase()
    {
        var condition = new EnrollmentAgeCondition(null, 30);

        Assert.Equal(110, PointsWhen(condition, Evaluate.Member(enrolledAt: Baskets.Monday10.AddDays(-30))));
        Assert.Equal(10, PointsWhen(condition, Evaluate.Member(enrolledAt: Baskets.Monday10.AddDays(-31))));
    }

    [Fact]
    public void Birthday_condition_holds_within_the_days_around_the_birthday()
    {
        var condition = new BirthdayCondition(3);
        MemberProfile Born(int month, int day) => MemberProfile.Empty with { Birthday = new DateOnly(1990, month, day) };

        Assert.Equal(110, PointsWhen(condition, Evaluate.Member(profile: Born(11, 19))));
        Assert.Equal(10, PointsWhen(condition, Evaluate.Member(profile: Born(11, 20))));
        Assert.Equal(10, PointsWhen(condition, Evaluate.Member()));
    }

    [Fact]
    public void A_leap_day_birthday_falls_on_the_28th_in_common_years() =>
        Assert.Equal(0, Birthdays.DaysFrom(new DateOnly(2000, 2, 29), new DateOnly(2027, 2, 28)));
}
