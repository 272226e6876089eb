using Loyalty.Domain.Campaigns;
using Loyalty.Grains.Hosting;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Campaigns;

public sealed class CampaignBudgetTests
{
    private const int Members = 1_000;

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Concurrent_purchases_never_award_more_than_the_budget_and_the_campaign_grain_is_called_per_lease_not_per_purchase(int seed)
    {
        var random = new Random(seed);
        var leasePercent = 1 + random.Next(5);
        await using var cluster = await LoyaltySilo.StartAsync(_time, services: services => services.Configure<LoyaltyGrainsOptions>(o => o.CampaignLeasePercent = leasePercent));
        var members = await Task.WhenAll(Enumerable.Range(0, Members).Select(i => cluster.EnrolledMemberAsync($"m{seed}-{i}")));
        var now = _time.GetUtcNow();
        var budget = 3_000 + random.Next(4_000);
        var triple = new CampaignDefinition("triple", now, now.AddHours(2), CampaignTargeting.Everyone, CampaignEffect.Multiply(3m), budget, PerPurchaseCap: 40);
        var campaign = await cluster.GrainFactory.DefinedAsync("triple", triple);
        await campaign.LaunchAsync();
        var amounts = members.Select(_ => 1m + random.Next(30)).ToArray();

        var outcomes = await Task.WhenAll(members.Select((member, i) => member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}", amounts[i], now))));
        await campaign.StopAsync();

        Assert.True(await Campaigns.EventuallyAsync(async () => await campaign.GetStatusAsync() is { } s && s.Leased - s.Returned == s.Totals.Awarded));
        var status = (await campaign.GetStatusAsync())!;
        var awarded = outcomes.Sum(o => o.Result.CampaignPoints());
        var wanted = amounts.Sum(amount => Math.Min(40, (long)amount * 2));
        Assert.True(wanted > budget, "the test needs more demand than budget");
        Assert.Equal(budget, awarded);
        Assert.Equal(awarded, status.Totals.Awarded);
        Assert.Equal(outcomes.Count(o => o.Result.CampaignPoints() > 0), status.Totals.Purchases);
        Assert.All(outcomes, o => Assert.True(o.Result.CampaignPoints() == Math.Min(40, (long)o.Result!.Evaluation!.Spend * 2) || o.Result.SaysBudgetExhausted()));
        Assert.InRange(status.LeaseRequests, 1, Members / 10);
        var accounts = await Task.WhenAll(members.Select(member => member.GetAccountAsync()));
        Assert.Equal(outcomes.Select(o => 100 + o.Result!.Evaluation!.Points + o.Result.CampaignPoints()), accounts.Select(a => a!.Balances.Points.Total));
    }

    [Fact]
    public async Task A_budget_larger_than_demand_returns_the_unused_lease_on_stop()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time, services: services => services.Configure<LoyaltyGrainsOptions>(o => o.CampaignLeasePercent = 10));
        var members = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => cluster.EnrolledMemberAsync($"m{i}")));
        var now = _time.GetUtcNow();
        var campaign = await cluster.GrainFactory.DefinedAsync("plenty", Campaigns.Bonus(now, now.AddHours(1), 5, 100_000));
        await campaign.LaunchAsync();

        await Task.WhenAll(members.Select((member, i) => member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}", 10m, now))));
        await campaign.StopAsync();

        Assert.True(await Campaigns.EventuallyAsync(async () => await campaign.GetStatusAsync() is { } s && s.Leased - s.Returned == s.Totals.Awarded));
        var status = (await campaign.GetStatusAsync())!;
        Assert.Equal((250L, 50L, 50L), (status.Totals.Awarded, status.Totals.Purchases, status.Totals.Participants));
        Assert.Equal(10_000, status.Leased);
        Assert.Equal(100_000 - 250, status.BudgetLeft);
    }
}
