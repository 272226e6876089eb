using Loyalty.Browser.Tests.Infrastructure;
using Loyalty.Silo.Security;
using Loyalty.Testing.Postgres;
using Microsoft.Playwright;

namespace Loyalty.Browser.Tests;

/// <summary>The member page survives a silo restart: it reconnects by itself and never lists an event twice.</summary>
public sealed class ReconnectTests(BrowserFixture browser, ReconnectTests.Database database) : IClassFixture<ReconnectTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    [Fact]
    public async Task After_the_silo_restarts_the_member_page_reconnects_catches_up_and_shows_no_event_twice()
    {
        var silo = KestrelSilo.Start(connectionString: database.ConnectionString);
        var port = silo.Port;
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            using (var till = await silo.TillAsync())
            {
                await till.EnrollAsync("restart-ada");
                await page.GotoAsync(silo.PageUrl("member.html", LoyaltyRoles.Member, "restart-ada"));
                await Pages.LiveAsync(page);
                await till.BuyAsync("restart-ada", "before-1", 10m);
                await till.BuyAsync("restart-ada", "before-2", 11m);
                await Assertions.Expect(Activity(page)).ToHaveCountAsync(3); // enrollment and two purchases
            }

            await silo.DisposeAsync();
            await Assertions.Expect(page.Locator("#connection")).Not.ToHaveAttributeAsync("data-state", "live", new() { Timeout = 10_000 });
            // Offline until the first purchase after the restart is durable: the page cannot be back in time to receive
            // it live, so it must notice from 'subscribed' and catch up over HTTP.
            await context.SetOfflineAsync(true);
            silo = KestrelSilo.Start(port, database.ConnectionString);

            using var again = await silo.TillAsync();
            var afterRestart = await again.BuyAsync("restart-ada", "during-1", 12m);
            await context.SetOfflineAsync(false);
            await Pages.LiveAsync(page);
            await Assertions.Expect(Activity(page).Filter(new() { HasText = "during-1" })).ToHaveCountAsync(1, new() { Timeout = 5_000 }); // caught up before anything new arrives
            var total = await again.BuyAsync("restart-ada", "after-1", 13m);

            await Assertions.Expect(page.GetByTestId("points")).ToHaveTextAsync(total.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")), new() { Timeout = 5_000 });
            await Assertions.Expect(Activity(page)).ToHaveCountAsync(5, new() { Timeout = 5_000 });
            var shown = await Activity(page).EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.sequence)");
            Assert.Equal(shown.Length, shown.Distinct().Count());
            foreach (var transaction in new[] { "before-1", "before-2", "during-1", "after-1" })
            {
                await Assertions.Expect(Activity(page).Filter(new() { HasText = transaction })).ToHaveCountAsync(1);
            }

            Assert.True(total > afterRestart);
            await Screenshots.SaveAsync(page, "member-view-after-restart");
        }
        finally
        {
            await silo.DisposeAsync();
        }
    }

    private static ILocator Activity(IPage page) => page.GetByTestId("activity").Locator("li");
}
