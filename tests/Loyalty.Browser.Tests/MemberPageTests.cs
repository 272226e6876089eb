using Loyalty.Browser.Tests.Infrastructure;
using Loyalty.Silo.Security;
using Microsoft.Playwright;

namespace Loyalty.Browser.Tests;

/// <summary>The member view in headless Chromium, against a silo on a real socket, with the official SignalR client.</summary>
public sealed class MemberPageTests(BrowserFixture browser) : SiloPageTests(browser)
{
    [Fact]
    public async Task A_purchase_posted_over_http_shows_on_the_open_member_page_within_a_second()
    {
        using var till = await Silo.TillAsync();
        await till.EnrollAsync("page-ada");
        var page = await Pages.OpenLiveAsync(Silo, "member.html", LoyaltyRoles.Member, "page-ada");
        var before = await page.GetByTestId("points").InnerTextAsync();

        var total = await till.BuyAsync("page-ada", "page-t1", 42m);

        // The assertion's clock starts when the till got its answer: the page must show it within a second, unreloaded.
        await Assertions.Expect(page.GetByTestId("points")).ToHaveTextAsync(total.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")), new() { Timeout = 1_000 });
        await Assertions.Expect(page.GetByTestId("activity").Locator("li").First).ToContainTextAsync("page-t1", new() { Timeout = 1_000 });
        Assert.NotEqual(before, await page.GetByTestId("points").InnerTextAsync());
        await Screenshots.SaveAsync(page, "member-view");
    }

    [Fact]
    public async Task A_member_page_shows_its_own_members_purchases_and_never_another_members()
    {
        using var till = await Silo.TillAsync();
        await till.EnrollAsync("page-bo");
        await till.EnrollAsync("page-cy");
        var page = await Pages.OpenLiveAsync(Silo, "member.html", LoyaltyRoles.Member, "page-bo");

        await till.BuyAsync("page-cy", "page-cy-1", 99m);
        await till.BuyAsync("page-bo", "page-bo-1", 5m);

        // Bo's page shows Bo's purchase, and Cy's never arrives in it.
        await Assertions.Expect(page.GetByTestId("activity")).ToContainTextAsync("page-bo-1");
        await Assertions.Expect(page.GetByTestId("activity")).Not.ToContainTextAsync("page-cy-1");
    }

    [Fact]
    public async Task Joining_an_opt_in_challenge_from_the_page_marks_it_joined_through_the_live_stream()
    {
        using var till = await Silo.TillAsync();
        await till.EnrollAsync("page-di");
        var page = await Pages.OpenLiveAsync(Silo, "member.html", LoyaltyRoles.Member, "page-di");
        var visits = page.Locator("[data-challenge=five-visits]");

        await visits.GetByRole(AriaRole.Button, new() { Name = "Join" }).ClickAsync();

        await Assertions.Expect(visits.GetByRole(AriaRole.Button, new() { Name = "Join" })).ToHaveCountAsync(0, new() { Timeout = 2_000 });
        await Assertions.Expect(page.GetByTestId("activity").Locator("li").First).ToContainTextAsync("join:five-visits");
    }
}
