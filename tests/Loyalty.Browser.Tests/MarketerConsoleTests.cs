using Loyalty.Browser.Tests.Infrastructure;
using Loyalty.Silo.Security;
using Microsoft.Playwright;

namespace Loyalty.Browser.Tests;

/// <summary>A marketer launches a flash campaign in the console; the member's page shows the offer and the next purchase pays it.</summary>
public sealed class MarketerConsoleTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly KestrelSilo _silo = KestrelSilo.Start();

    [Fact]
    public async Task A_campaign_launched_in_the_console_appears_on_the_member_page_and_pays_the_next_purchase()
    {
        using var till = await _silo.TillAsync();
        await till.EnrollAsync("flash-ada");
        await using var memberContext = await browser.NewContextAsync();
        var member = await memberContext.NewPageAsync();
        var memberErrors = PageErrors.Watch(member);
        var memberPage = await member.GotoAsync(_silo.PageUrl("member.html", LoyaltyRoles.Member, "flash-ada"));
        await using var marketerContext = await browser.NewContextAsync(1280, 900);
        var console = await marketerContext.NewPageAsync();
        var consoleErrors = PageErrors.Watch(console);
        await console.GotoAsync(_silo.PageUrl("marketer.html", LoyaltyRoles.Marketer, "mia"));
        await MemberPageTests.Live(member);
        await MemberPageTests.Live(console);
        await Assertions.Expect(member.GetByTestId("offers")).ToContainTextAsync("No flash offers");

        await console.GetByLabel("Name").FillAsync("Gadget weekend");
        await console.GetByLabel("Effect").SelectOptionAsync("fixedBonus");
        await console.GetByLabel("Value").FillAsync("77");
        await console.GetByLabel("Categories").FillAsync("electronics");
        await console.GetByLabel("Budget (points)").FillAsync("10000");
        await console.GetByRole(AriaRole.Button, new() { Name = "Launch now" }).ClickAsync();

        // The member page is told live campaigns changed and asks its grain which target it: no reload.
        await Assertions.Expect(member.GetByTestId("offers")).ToContainTextAsync("Gadget weekend", new() { Timeout = 5_000 });
        await Assertions.Expect(member.GetByTestId("offers")).ToContainTextAsync("+77 points on electronics");

        var bakeryOnly = await till.BuyAsync("flash-ada", "flash-t1", 10m, "bakery");
        var withGadget = await till.BuyAsync("flash-ada", "flash-t2", 10m, "electronics");

        Assert.Equal(bakeryOnly + 10 + 77, withGadget); // 1 point per euro and the campaign's 77, on the electronics purchase only
        await Assertions.Expect(member.GetByTestId("activity").Locator("li").First).ToContainTextAsync("77 flash bonus", new() { Timeout = 2_000 });
        await Assertions.Expect(console.GetByTestId("campaigns")).ToContainTextAsync("Gadget weekend", new() { Timeout = 5_000 });
        await Assertions.Expect(console.GetByTestId("campaigns").Locator("tr").First.Locator("td").Nth(1)).ToHaveTextAsync("77", new() { Timeout = 5_000 });
        await Screenshots.SaveAsync(member, "member-view-with-offer");
        await Screenshots.SaveAsync(console, "marketer-console");
        // Both pages run under a strict content security policy, and nothing on them was refused or failed.
        Assert.Contains("script-src 'self'", (await memberPage!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        Assert.Empty(memberErrors.Errors);
        Assert.Empty(consoleErrors.Errors);
    }

    [Fact]
    public async Task A_campaign_the_console_cannot_define_shows_the_field_at_fault_and_launches_nothing()
    {
        await using var context = await browser.NewContextAsync(1280, 900);
        var console = await context.NewPageAsync();
        await console.GotoAsync(_silo.PageUrl("marketer.html", LoyaltyRoles.Marketer, "mia"));
        await MemberPageTests.Live(console);

        // A multiplier of 1 passes the form but not the silo's validation, whose problem names the field.
        await console.GetByLabel("Effect").SelectOptionAsync("multiplier");
        await console.GetByLabel("Value").FillAsync("1");
        await console.GetByRole(AriaRole.Button, new() { Name = "Launch now" }).ClickAsync();

        await Assertions.Expect(console.Locator("#launch-error")).ToContainTextAsync("effect.multiplier: Must be above 1.");
        await Assertions.Expect(console.GetByTestId("campaigns")).ToContainTextAsync("No campaign is live", new() { Timeout = 5_000 });
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
