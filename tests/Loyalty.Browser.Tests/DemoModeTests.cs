using Loyalty.Browser.Tests.Infrastructure;
using Loyalty.Silo.Security;
using Microsoft.Playwright;

namespace Loyalty.Browser.Tests;

/// <summary>Demo mode: demo members are enrolled and simulated tills stream purchases through the HTTP API.</summary>
public sealed class DemoModeTests(BrowserFixture browser) : SiloPageTests(browser, new Dictionary<string, string>
{
    ["Loyalty:Demo:Enabled"] = "true",
    ["Loyalty:Demo:Members"] = "5",
    ["Loyalty:Demo:PurchasesPerSecond"] = "20",
    ["Loyalty:Demo:FeaturedMemberShare"] = "0.5",
})
{
    [Fact]
    public async Task The_featured_demo_members_page_fills_with_simulated_purchases_without_a_reload()
    {
        await EnrolledAsync("demo-ada");
        var page = await Pages.OpenLiveAsync(Silo, "member.html", LoyaltyRoles.Member, "demo-ada");
        var first = await page.GetByTestId("activity").Locator("li").First.GetAttributeAsync("data-sequence");

        // Simulated tills keep buying for the featured member; new activity appears on the open page.
        await Assertions.Expect(page.GetByTestId("activity").Locator("li").First).Not.ToHaveAttributeAsync("data-sequence", first ?? "", new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByTestId("activity").Locator("li").First).ToContainTextAsync("Purchase");
        await Assertions.Expect(page.GetByTestId("activity").Locator("li").First).ToContainTextAsync("demo-");
    }

    // Demo mode enrolls its members once the silo listens, a moment after the test's host has started.
    private async Task EnrolledAsync(string memberId)
    {
        using var http = new HttpClient { BaseAddress = Silo.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Silo.Token(LoyaltyRoles.Member, memberId));
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var account = await http.GetAsync($"/api/v1/members/{memberId}/account", TestContext.Current.CancellationToken);
            if (account.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"Demo mode did not enroll {memberId} within 10 s.");
    }
}
