using Loyalty.Domain.Commands;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;
using Loyalty.Grains.Programs;
using Loyalty.Grains.Members;
using Loyalty.Runtime.Testing;

namespace Loyalty.Grains.Tests;

public sealed class MemberGrainTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Enrolling_pays_the_welcome_bonus_and_a_purchase_earns_base_points()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("ada");

        var outcome = await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 42m, _time.GetUtcNow()));
        var account = await member.GetAccountAsync();

        Assert.Equal(42, outcome.Result!.Evaluation!.Points);
        Assert.Equal(100 + 42, account!.Balances.Points.Total);
        Assert.Equal("Bronze", account.Tier);
        Assert.Equal("Silver", account.NextTier);
        Assert.Equal(42m, account.Qualifying);
    }

    [Fact]
    public async Task A_purchase_retried_after_a_hundred_newer_ones_gets_its_original_result_from_the_journal()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("olde");
        var first = await member.PurchaseAsync(LoyaltySilo.Groceries("t-0", 42m, _time.GetUtcNow()));
        for (var i = 1; i <= MemberState.RecentResultsKept + 1; i++)
        {
            await member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}", 1m, _time.GetUtcNow()));
        }

        var points = (await member.GetAccountAsync())!.Balances.Points.Total;
        var retry = await member.PurchaseAsync(LoyaltySilo.Groceries("t-0", 42m, _time.GetUtcNow()));
        var conflict = await member.PurchaseAsync(LoyaltySilo.Groceries("t-0", 43m, _time.GetUtcNow()));

        Assert.True(retry.Replayed);
        Assert.Equal((first.Result!.TransactionId, first.Result.Evaluation!.Points, first.Result.Balances), (retry.Result!.TransactionId, retry.Result.Evaluation!.Points, retry.Result.Balances));
        Assert.Equal(RejectionCode.IdempotencyConflict, conflict.Rejection!.Code);
        Assert.Equal(points, (await member.GetAccountAsync())!.Balances.Points.Total);
    }

    [Fact]
    public async Task A_retried_purchase_returns_the_original_result_and_earns_nothing_more()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("bob");
        var purchase = LoyaltySilo.Groceries("t-1", 30m, _time.GetUtcNow());

        var first = await member.PurchaseAsync(purchase);
        var retry = await member.PurchaseAsync(purchase);

        Assert.False(first.Replayed);
        Assert.True(retry.Replayed);
        Assert.Equal(first.Result, retry.Result);
        Assert.Equal(130, (await member.GetAccountAsync())!.Balances.Points.Total);
    }

    [Fact]
    public async Task The_same_transaction_id_with_another_body_is_refused_as_a_conflict()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("cy");
        await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 30m, _time.GetUtcNow()));

        var conflict = await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 31m, _time.GetUtcNow()));

        Assert.Equal(RejectionCode.IdempotencyConflict, conflict.Rejection?.Code);
        Assert.Equal(130, (await member.GetAccountAsync())!.Balances.Points.Total);
    }

    [Fact]
    public async Task A_quote_evaluates_like_a_purchase_but_changes_nothing()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("di");
        var basket = LoyaltySilo.Groceries("q-1", 55m, _time.GetUtcNow());

        var quote = await member.QuoteAsync(new QuotePurchase("q-1", basket.Purchase));
        var before = await member.GetAccountAsync();
        var purchase = await member.PurchaseAsync(basket);

        Assert.Equal(purchase.Result!.Evaluation!.Points, quote.Result!.Evaluation!.Points);
        Assert.Equal(100, before!.Balances.Points.Total);
    }

    [Fact]
    public async Task Commands_before_enrollment_are_refused()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var stranger = cluster.GrainFactory.GetGrain<IMemberGrain>("stranger");

        var outcome = await stranger.PurchaseAsync(LoyaltySilo.Groceries("t-1", 10m, _time.GetUtcNow()));

        Assert.Equal(RejectionCode.NotEnrolled, outcome.Rejection?.Code);
        Assert.Null(await stranger.GetAccountAsync());
    }

    [Fact]
    public async Task A_full_return_reverses_exactly_what_the_purchase_earned()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("ed");
        await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 80m, _time.GetUtcNow()));

        var returned = await member.ReturnAsync(new ReturnPurchase("r-1", "t-1", null));
        var account = await member.GetAccountAsync();

        Assert.False(returned.IsRejected, returned.Rejection?.Message);
        Assert.Equal(100, account!.Balances.Points.Total);
        Assert.Equal(0m, account.Qualifying);
    }

    [Fact]
    public async Task Concurrent_purchases_and_retries_apply_each_transaction_exactly_once()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("flo");
        var now = _time.GetUtcNow();

        // 50 distinct purchases, each sent 4 times at once.
        var sends = Enumerable.Range(0, 50).SelectMany(i => Enumerable.Repeat(i, 4))
            .Select(i => Task.Run(() => member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}", 10m, now))));
        var outcomes = await Task.WhenAll(sends);

        Assert.Equal(50, outcomes.Count(o => !o.Replayed && !o.IsRejected));
        Assert.Equal(150, outcomes.Count(o => o.Replayed));
        Assert.Equal(100 + (50 * 10), (await member.GetAccountAsync())!.Balances.Points.Total);
    }

    [Fact]
    public async Task A_member_rebuilt_from_the_journal_answers_exactly_as_the_one_that_stayed_in_memory()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("gus");
        for (var i = 0; i < 30; i++)
        {
            await member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}", 20m + i, _time.GetUtcNow()));
        }

        await member.ReturnAsync(new ReturnPurchase("r-1", "t-3", null));
        var inMemory = await member.GetAccountAsync();

        await cluster.DeactivateAllAsync();
        var rebuilt = await cluster.GrainFactory.GetGrain<IMemberGrain>("gus").GetAccountAsync();

        Assert.Equivalent(inMemory, rebuilt, strict: true);
    }

    [Fact]
    public async Task History_pages_list_applied_transactions_newest_first()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("hal");
        for (var i = 0; i < 5; i++)
        {
            await member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}", 10m + i, _time.GetUtcNow()));
        }

        var first = await member.GetHistoryAsync(0, 3);
        var second = await member.GetHistoryAsync(3, 3);

        Assert.Equal(["t-4", "t-3", "t-2"], first.Select(a => a.TransactionId));
        Assert.Equal(["t-1", "t-0", "enroll-hal"], second.Select(a => a.TransactionId));
        Assert.Equal(14, first[0].Result.Evaluation!.Points);
        Assert.True(first[0].Sequence > first[1].Sequence);
    }

    [Fact]
    public async Task Points_expire_on_time_through_the_housekeeping_reminder_even_when_the_member_is_idle()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("ida");
        await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 40m, _time.GetUtcNow()));
        await cluster.DeactivateAllAsync();

        _time.Advance(TimeSpan.FromDays(364));
        var beforeExpiry = await member.GetAccountAsync();
        _time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(140, beforeExpiry!.Balances.Points.Total);
        Assert.True(await EventuallyAsync(async () => (await member.GetAccountAsync())!.Balances.Points.Total == 0));
    }

    [Fact]
    public async Task A_later_lot_that_expires_sooner_brings_the_housekeeping_reminder_forward()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("ivy");
        await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 40m, _time.GetUtcNow()));
        var shortLived = ExamplePrograms.Default with { Points = ExamplePrograms.Default.Points with { ExpiryDays = 30 } };
        Assert.True((await cluster.GrainFactory.GetGrain<IProgramGrain>("default").PublishAsync(shortLived)).Accepted);
        var second = await member.PurchaseAsync(LoyaltySilo.Groceries("t-2", 40m, _time.GetUtcNow()));
        var total = (await member.GetAccountAsync())!.Balances.Points.Total;

        // The reminder was set for the year-long lots; only the new lot can bring it forward, and it must.
        _time.Advance(TimeSpan.FromDays(31));

        var expected = total - second.Result!.Evaluation!.Points;
        Assert.True(await EventuallyAsync(async () => (await member.GetAccountAsync())!.Balances.Points.Total == expected));
    }

    [Fact]
    public async Task Points_a_released_hold_gives_back_after_their_expiry_expire_at_once()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("hana");
        await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 40m, _time.GetUtcNow()));
        Assert.Null((await member.HoldAsync(new PlaceHold("h-1", Wallet.Points, 100, _time.GetUtcNow().AddDays(400)))).Rejection);

        // The yearly reminder expires the purchase's lot and skips the welcome lot, which the hold has emptied.
        _time.Advance(TimeSpan.FromDays(366));
        Assert.True(await EventuallyAsync(async () => (await member.GetAccountAsync())!.Balances.Points.Total == 100));
        Assert.Null((await member.ReleaseAsync(new ReleaseHold("r-1", "h-1"))).Rejection);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.True(await EventuallyAsync(async () => (await member.GetAccountAsync())!.Balances.Points.Total == 0));
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(10);
        }

        return false;
    }
}
