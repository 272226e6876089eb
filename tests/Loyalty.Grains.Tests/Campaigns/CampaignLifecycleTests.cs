using Loyalty.Grains.Campaigns;
using Loyalty.Runtime.Testing;

namespace Loyalty.Grains.Tests.Campaigns;

public sealed class CampaignLifecycleTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_scheduled_campaign_starts_and_ends_by_its_reminders()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("ada");
        var start = _time.GetUtcNow().AddHours(1);
        var campaign = await cluster.GrainFactory.DefinedAsync("evening", Campaigns.Bonus(start, start.AddHours(2), 50, 10_000));

        Assert.Equal(CampaignPhase.Scheduled, (await campaign.ScheduleAsync()).Phase);
        var before = await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 10m, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.True(await Campaigns.EventuallyAsync(async () => (await campaign.GetStatusAsync())!.Phase == CampaignPhase.Live));
        var during = await member.PurchaseAsync(LoyaltySilo.Groceries("t-2", 10m, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromHours(2));
        var after = await member.PurchaseAsync(LoyaltySilo.Groceries("t-3", 10m, _time.GetUtcNow()));

        Assert.Equal([0L, 50L, 0L], new[] { before, during, after }.Select(o => o.Result.CampaignPoints()));
        Assert.True(await Campaigns.EventuallyAsync(async () => (await campaign.GetStatusAsync())!.Phase == CampaignPhase.Ended));
        var status = (await campaign.GetStatusAsync())!;
        Assert.Equal((50L, 1L, 1L), (status.Totals.Awarded, status.Totals.Purchases, status.Totals.Participants));
        Assert.Equal(status.Leased - status.Returned, status.Totals.Awarded);
    }

    [Fact]
    public async Task A_stopped_campaign_pays_nothing_to_later_purchases_and_gets_its_lease_back()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("bob");
        var now = _time.GetUtcNow();
        var campaign = await cluster.GrainFactory.DefinedAsync("flash", Campaigns.Bonus(now, now.AddHours(4), 20, 10_000));
        await campaign.LaunchAsync();

        var during = await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 10m, now));
        var stopped = await campaign.StopAsync();
        var later = await member.PurchaseAsync(LoyaltySilo.Groceries("t-2", 10m, now));

        Assert.Equal((20L, 0L), (during.Result.CampaignPoints(), later.Result.CampaignPoints()));
        Assert.Equal(CampaignPhase.Stopped, stopped.Phase);
        Assert.True(await Campaigns.EventuallyAsync(async () => await campaign.GetStatusAsync() is { } s && s.Leased - s.Returned == s.Totals.Awarded));
        Assert.Equal(10_000 - 20, (await campaign.GetStatusAsync())!.BudgetLeft);
        Assert.Equal(100 + 10 + 20 + 10, (await member.GetAccountAsync())!.Balances.Points.Total);
    }

    [Fact]
    public async Task A_quote_shows_the_campaign_bonus_the_purchase_would_earn_and_takes_no_budget()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("quinn");
        var now = _time.GetUtcNow();
        var campaign = await cluster.GrainFactory.DefinedAsync("quoted", Campaigns.Bonus(now, now.AddHours(4), 30, 10_000));
        await campaign.LaunchAsync();

        var quotes = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => member.QuoteAsync(new Loyalty.Domain.Commands.QuotePurchase($"q-{i}", LoyaltySilo.Groceries($"q-{i}", 10m, now).Purchase))));
        var bought = await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 10m, now));
        var stopped = await campaign.StopAsync();

        Assert.All(quotes, quote => Assert.Equal(30L, quote.Result.CampaignPoints()));
        Assert.Equal(30L, bought.Result.CampaignPoints());
        Assert.True(await Campaigns.EventuallyAsync(async () => await campaign.GetStatusAsync() is { } s && s.Leased - s.Returned == s.Totals.Awarded));
        Assert.Equal((30L, 1L), (stopped.Totals.Awarded, stopped.Totals.Purchases)); // five quotes reserved nothing
        Assert.Equal(100 + 10 + 30, (await member.GetAccountAsync())!.Balances.Points.Total);
    }

    [Fact]
    public async Task A_member_is_offered_the_live_campaigns_that_target_them_until_their_cap_is_reached()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("olga");
        var now = _time.GetUtcNow();
        var everyone = Campaigns.Bonus(now, now.AddHours(4), 20, 10_000);
        await (await cluster.GrainFactory.DefinedAsync("capped", everyone with { PerMemberCap = 20 })).LaunchAsync();
        await (await cluster.GrainFactory.DefinedAsync("for-gold", everyone with { Targeting = everyone.Targeting with { Tiers = ["Gold"] } })).LaunchAsync();
        await (await cluster.GrainFactory.DefinedAsync("at-fuelco", everyone with { Targeting = everyone.Targeting with { Partners = ["fuelco"] } })).LaunchAsync();
        await cluster.GrainFactory.DefinedAsync("not-launched", everyone);

        var before = await member.GetOffersAsync();
        await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 10m, now));
        var after = await member.GetOffersAsync();

        Assert.Equal(["at-fuelco", "capped"], before!.Select(o => o.CampaignId).Order(StringComparer.Ordinal));
        Assert.Equal(["fuelco"], before!.Single(o => o.CampaignId == "at-fuelco").Partners);
        Assert.Equal(["at-fuelco"], after!.Select(o => o.CampaignId)); // the capped one paid its 20 and is used up
        Assert.Null(await cluster.GrainFactory.GetGrain<Loyalty.Grains.Members.IMemberGrain>("nobody").GetOffersAsync());
    }

    [Fact]
    public async Task An_invalid_definition_is_refused_with_its_fields_and_a_draft_cannot_be_stopped_into_life()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var now = _time.GetUtcNow();
        var campaign = cluster.GrainFactory.GetGrain<ICampaignGrain>("broken");

        var change = await campaign.DefineAsync(Campaigns.Bonus(now, now.AddHours(-1), 0, 0));

        Assert.Equal(["endsAt", "budget", "effect.fixedBonus"], change.Errors.Select(e => e.Path));
        Assert.Null(await campaign.GetStatusAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(campaign.ScheduleAsync);
    }

    [Fact]
    public async Task Returning_a_purchase_takes_its_campaign_bonus_back_without_refilling_the_budget()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var member = await cluster.EnrolledMemberAsync("cy");
        var now = _time.GetUtcNow();
        var campaign = await cluster.GrainFactory.DefinedAsync("flash", Campaigns.Bonus(now, now.AddHours(4), 30, 1_000));
        await campaign.LaunchAsync();
        await member.PurchaseAsync(LoyaltySilo.Groceries("t-1", 10m, now));

        var returned = await member.ReturnAsync(new Domain.Commands.ReturnPurchase("r-1", "t-1", null));

        Assert.Equal(10 + 30, returned.Result!.Return!.Points.Amount);
        Assert.Equal(100, (await member.GetAccountAsync())!.Balances.Points.Total);
        Assert.Equal(1_000 - 30, (await campaign.GetStatusAsync())!.BudgetLeft);
    }
}
