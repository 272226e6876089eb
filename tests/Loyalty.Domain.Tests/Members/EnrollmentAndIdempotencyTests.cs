using Loyalty.Domain.Commands;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Members;

public sealed class EnrollmentAndIdempotencyTests
{
    private static readonly Loyalty.Domain.Programs.ProgramDefinition WithWelcome =
        TestPrograms.Plain with { Bonuses = new(100, 250) };

    [Fact]
    public void Enrollment_credits_the_welcome_bonus_at_the_lowest_tier()
    {
        var member = MemberHarness.Enrolled(WithWelcome);

        Assert.Equal("Bronze", member.State.Tier);
        Assert.Equal(100, member.Points.Available);
        Assert.Contains(member.Journal, e => e is WelcomeBonusAwarded);
    }

    [Fact]
    public void Enrolling_twice_under_a_new_transaction_is_refused()
    {
        var member = MemberHarness.Enrolled(WithWelcome);

        Assert.Equal(RejectionCode.AlreadyEnrolled, member.Reject(new EnrollMember("again", "member-1", MemberProfile.Empty)).Code);
    }

    [Fact]
    public void Commands_before_enrollment_are_refused()
    {
        var member = new MemberHarness(WithWelcome);

        Assert.Equal(RejectionCode.NotEnrolled, member.Reject(new RedeemBalance("r", Wallet.Points, 1)).Code);
    }

    [Fact]
    public void Replayed_transaction_returns_the_original_result_and_changes_nothing()
    {
        var member = MemberHarness.Enrolled(WithWelcome);
        var purchase = new RecordPurchase("p1", Baskets.Of(("food", 42m)));
        var first = member.Accept(purchase);
        var before = Snapshots.Of(member.State);

        var replay = member.Run(purchase with { Purchase = purchase.Purchase with { Lines = [.. purchase.Purchase.Lines] } });

        Assert.True(replay.IsReplay);
        Assert.Empty(replay.Events);
        Assert.Same(first, replay.Result);
        Assert.Equal(before, Snapshots.Of(member.State));
    }

    [Fact]
    public void The_same_key_with_a_different_body_is_a_conflict()
    {
        var member = MemberHarness.Enrolled(WithWelcome);
        member.Accept(new RecordPurchase("p1", Baskets.Of(("food", 42m))));

        var rejection = member.Reject(new RecordPurchase("p1", Baskets.Of(("food", 43m))));

        Assert.Equal(RejectionCode.IdempotencyConflict, rejection.Code);
        Assert.Equal("transactionId", rejection.Field);
    }

    [Fact]
    public void A_malformed_purchase_is_refused_naming_the_field()
    {
        var member = MemberHarness.Enrolled(WithWelcome);
        var basket = Baskets.Of(("food", 10m), ("toys", 5m));
        var bad = basket with { Lines = [basket.Lines[0], basket.Lines[1] with { Quantity = 0 }] };

        var rejection = member.Reject(new RecordPurchase("p1", bad));

        Assert.Equal(("purchase.lines[1].quantity", RejectionCode.InvalidInput), (rejection.Field, rejection.Code));
    }

    [Fact]
    public void A_purchase_beyond_the_largest_total_is_refused()
    {
        var member = MemberHarness.Enrolled(WithWelcome);

        var rejection = member.Reject(new RecordPurchase("p1", Baskets.Of(("food", 600_000_000m), ("food", 600_000_000m))));

        Assert.Equal(("purchase.lines", RejectionCode.InvalidInput), (rejection.Field, rejection.Code));
    }

    [Fact]
    public void A_purchase_in_another_currency_is_refused()
    {
        var member = MemberHarness.Enrolled(WithWelcome);

        var rejection = member.Reject(new RecordPurchase("p1", Baskets.Of(("food", 10m)) with { Currency = "USD" }));

        Assert.Equal(RejectionCode.CurrencyMismatch, rejection.Code);
    }

    [Fact]
    public void A_quote_evaluates_like_a_purchase_but_emits_nothing()
    {
        var member = MemberHarness.Enrolled(WithWelcome);

        var quote = member.Run(new QuotePurchase("q1", Baskets.Of(("food", 42m))));

        Assert.Empty(quote.Events);
        Assert.Equal(42, quote.Result!.Evaluation!.Points);
        Assert.Equal(100, member.Points.Total);
    }

    [Fact]
    public void A_snapshot_that_kept_more_results_than_are_kept_now_drops_the_older_ones_at_its_next_transaction()
    {
        var member = MemberHarness.Enrolled(WithWelcome);
        var results = Enumerable.Range(0, MemberState.RecentResultsKept + 4).Select(i => (Id: $"p{i}", Result: member.Buy(Baskets.Of(("food", 1m + i)), $"p{i}"))).ToArray();
        // As a snapshot written when more results were kept holds them.
        var older = member.State with
        {
            RecentResults = [.. results.Select(r => r.Id)],
            Processed = member.State.Processed.SetItems(results.Select(r => KeyValuePair.Create(r.Id, member.State.Processed[r.Id] with { Result = r.Result }))),
        };

        var after = MemberDecider.Decide(older, new RecordPurchase("next", Baskets.Of(("food", 3m)) with { OccurredAt = member.Now }), member.Program, member.Now).State;

        Assert.Equal([.. results.TakeLast(MemberState.RecentResultsKept - 1).Select(r => r.Id), "next"], after.RecentResults);
        Assert.Equal(MemberState.RecentResultsKept, after.Processed.Values.Count(p => p.Result is not null));
    }

    [Fact]
    public void Only_the_newest_results_stay_in_memory_and_an_older_replay_is_recognised_and_sent_to_the_journal()
    {
        var member = MemberHarness.Enrolled(WithWelcome);
        for (var i = 0; i < MemberState.RecentResultsKept + 5; i++)
        {
            member.Buy(Baskets.Of(("food", 1m + i)), $"p{i}");
        }

        var before = member.State;
        var oldReplay = member.Run(new RecordPurchase("p0", Baskets.Of(("food", 1m))));
        var oldConflict = member.Run(new RecordPurchase("p0", Baskets.Of(("food", 2m))));
        var recentReplay = member.Run(new RecordPurchase($"p{MemberState.RecentResultsKept + 4}", Baskets.Of(("food", 1m + MemberState.RecentResultsKept + 4))));

        Assert.Equal(MemberState.RecentResultsKept, before.Processed.Values.Count(p => p.Result is not null));
        Assert.Null(before.Processed["p0"].Result);
        Assert.True(oldReplay.ResultInJournal);
        Assert.Empty(oldReplay.Events);
        Assert.Equal(RejectionCode.IdempotencyConflict, oldConflict.Rejection!.Code);
        Assert.False(recentReplay.ResultInJournal);
        Assert.True(recentReplay.IsReplay);
        Assert.Same(before, member.State);
        Assert.Equal(Snapshots.Of(member.State), Snapshots.Of(MemberEvolver.Replay(MemberState.Empty, member.Journal)));
    }

    [Fact]
    public void A_quote_may_reuse_the_id_of_a_recorded_purchase()
    {
        var member = MemberHarness.Enrolled(WithWelcome);
        member.Buy(Baskets.Of(("food", 10m)), "p1");
        var before = member.State;

        var quote = member.Run(new QuotePurchase("p1", Baskets.Of(("food", 42m))));

        Assert.Null(quote.Rejection);
        Assert.Equal(("p1", 42L), (quote.Result!.TransactionId, quote.Result.Evaluation!.Points));
        Assert.Same(before, member.State);
    }

    [Fact]
    public void A_profile_update_changes_what_member_rules_see_from_the_next_purchase()
    {
        var program = WithWelcome with
        {
            Rules = [TestPrograms.Rule("vip", [new Loyalty.Domain.Programs.Rules.SegmentCondition(["vip"])], new Loyalty.Domain.Programs.Rules.AddPointsEffect(100, null))],
        };
        var member = MemberHarness.Enrolled(program);
        Assert.Equal(10, member.Buy(("food", 10m)).Evaluation!.Points);

        member.Accept(new UpdateProfile("u1", MemberProfile.Empty with { Segments = ["vip"] }));

        Assert.Equal(110, member.Buy(("food", 10m)).Evaluation!.Points);
    }

    [Fact]
    public void The_birthday_bonus_is_paid_on_the_birthday_once_per_year()
    {
        var member = MemberHarness.Enrolled(WithWelcome, MemberProfile.Empty with { Birthday = new DateOnly(1990, 11, 20) });
        member.Accept(new AwardBirthdayBonus("b0"));
        member.Now = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

        member.Accept(new AwardBirthdayBonus("b1"));
        member.Accept(new AwardBirthdayBonus("b2"));

        Assert.Equal(350, member.Points.Total);
        Assert.Single(member.Journal.OfType<BirthdayBonusAwarded>());
    }
}
