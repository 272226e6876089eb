using Loyalty.Domain.Commands;
using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Leaderboards;

/// <summary>Period leaderboards: members ranked by points earned from purchases in a calendar month.</summary>
public sealed class MonthlyPointsTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Members_rank_by_points_earned_in_the_month_net_of_returns_across_deactivation_and_a_new_month_starts_a_new_board()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var (ada, bob, cy) = (await cluster.EnrolledMemberAsync("ada"), await cluster.EnrolledMemberAsync("bob"), await cluster.EnrolledMemberAsync("cy"));

        await ada.PurchaseAsync(LoyaltySilo.Groceries("a-1", 10m, _time.GetUtcNow()));
        await ada.PurchaseAsync(LoyaltySilo.Groceries("a-2", 20m, _time.GetUtcNow()));
        await bob.PurchaseAsync(LoyaltySilo.Groceries("b-1", 50m, _time.GetUtcNow()));
        await cy.PurchaseAsync(LoyaltySilo.Groceries("c-1", 5m, _time.GetUtcNow()));
        await ada.ReturnAsync(new ReturnPurchase("a-r", "a-2", null));
        await cluster.DeactivateAllAsync(); // the next purchase scans the month again
        await cy.PurchaseAsync(LoyaltySilo.Groceries("c-2", 4m, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromDays(30)); // April
        await bob.PurchaseAsync(LoyaltySilo.Groceries("b-2", 7m, _time.GetUtcNow()));
        await cluster.Services.GetRequiredService<LeaderboardFeed>().FlushAsync();

        var march = await cluster.GrainFactory.GetGrain<ILeaderboardGrain>(MonthlyPoints.Board(new DateOnly(2026, 3, 1))).GetAsync(10, "ada");
        var april = await cluster.GrainFactory.GetGrain<ILeaderboardGrain>(MonthlyPoints.Board(new DateOnly(2026, 4, 1))).GetAsync(10, null);

        Assert.Equal([("bob", 50m), ("ada", 10m), ("cy", 9m)], march.Top.Select(e => (e.MemberId, e.Score)));
        Assert.Equal(2, march.Own!.Rank);
        Assert.Equal([("bob", 7m)], april.Top.Select(e => (e.MemberId, e.Score)));
    }
}
