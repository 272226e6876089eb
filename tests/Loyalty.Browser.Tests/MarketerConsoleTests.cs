using Loyalty.Browser.Tests.Infrastructure;
using Loyalty.Silo.Security;
using Microsoft.Playwright;

namespace Loyalty.Browser.Tests;

/// <summary>A marketer launches a flash campaign in the console; the member's page shows the offer and the next purchase pays it.</summary>
public sealed class MarketerConsoleTests(BrowserFixture browser) : SiloPageTests(browser)
{
    [Fact]
    public async Task A_campaign_launched_in_the_console_appears_on_the_member_page_and_pays_the_next_purchase()
    {
        using var till = await Silo.TillAsync();
        await till.EnrollAsync("flash-ada");
        var member = await Pages.OpenLiveAsync(Silo, "member.html", LoyaltyRoles.Member, "flash-ada");
        var console = await Pages.OpenLiveAsync(Silo, "marketer.html", LoyaltyRoles.Marketer, "mia", 1280, 900);
        await Assertions.Expect(member.GetByTestId("offers")).ToContainTextAsync("No flash offers");

        // Toys, which no rule of the example program touches: it doubles electronics from 18:00 to 22:00 Berlin time, and the
        // purchases below happen whenever the test runs.
        await console.GetByLabel("Name").FillAsync("Toy weekend");
        await console.GetByLabel("Effect").SelectOptionAsync("fixedBonus");
        await console.GetByLabel("Value").FillAsync("77");
        await console.GetByLabel("Categories").FillAsync("toys");
        await console.GetByLabel("Budget (points)").FillAsync("10000");
        await console.GetByRole(AriaRole.Button, new() { Name = "Launch now" }).ClickAsync();

        // The member page is told live campaigns changed and asks its grain which target it: no reload.
        await Assertions.Expect(member.GetByTestId("offers")).ToContainTextAsync("Toy weekend", new() { Timeout = 5_000 });
        await Assertions.Expect(member.GetByTestId("offers")).ToContainTextAsync("+77 points on toys");

        var bakeryOnly = await till.BuyAsync("flash-ada", "flash-t1", 10m, "bakery");
        var withToy = await till.BuyAsync("flash-ada", "flash-t2", 10m, "toys");

        Assert.Equal(bakeryOnly + 10 + 77, withToy); // 1 point per euro and the campaign's 77, on the toys purchase only
        await Assertions.Expect(member.GetByTestId("activity").Locator("li").First).ToContainTextAsync("77 flash bonus", new() { Timeout = 2_000 });
        await Assertions.Expect(console.GetByTestId("campaigns")).ToContainTextAsync("Toy weekend", new() { Timeout = 5_000 });
        await Assertions.Expect(console.GetByTestId("campaigns").Locator("tr").First.Locator("td").Nth(1)).ToHaveTextAsync("77", new() { Timeout = 5_000 });
        await Screenshots.SaveAsync(member, "member-view-with-offer");
        await Screenshots.SaveAsync(console, "marketer-console");
        // Both pages run under a strict content security policy, and nothing on them was refused or failed.
        using var http = new HttpClient { BaseAddress = Silo.BaseAddress };
        using var served = await http.GetAsync(new Uri("/member.html", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("script-src 'self'", string.Join(' ', served.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Empty(Pages.ErrorsOf(member));
        Assert.Empty(Pages.ErrorsOf(console));
    }

    [Fact]
    public async Task A_campaign_the_console_cannot_define_shows_the_field_at_fault_and_launches_nothing()
    {
        var console = await Pages.OpenLiveAsync(Silo, "marketer.html", LoyaltyRoles.Marketer, "mia", 1280, 900);

        // A multiplier of 1 passes the form but not the silo's validation, whose problem names the field.
        await console.GetByLabel("Effect").SelectOptionAsync("multiplier");
        await console.GetByLabel("Value").FillAsync("1");
        await console.GetByRole(AriaRole.Button, new() { Name = "Launch now" }).ClickAsync();

        await Assertions.Expect(console.Locator("#launch-error")).ToContainTextAsync("effect.multiplier: Must be above 1.");
        await Assertions.Expect(console.GetByTestId("campaigns")).ToContainTextAsync("No campaign is live", new() { Timeout = 5_000 });
    }
}
