using Microsoft.Playwright;

namespace Loyalty.Browser.Tests.Infrastructure;

/// <summary>
/// One headless Chromium for the test run: Debian's <c>chromium</c> package (or <c>LOYALTY_CHROMIUM</c>), driven by
/// Playwright; nothing is downloaded. Without a browser, tests fail under <c>CI=true</c> and are skipped elsewhere.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ExecutableVariable = "LOYALTY_CHROMIUM";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string? _unavailable;

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable(ExecutableVariable) ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            _unavailable = $"No Chromium at {executable}: install Debian's chromium package or set {ExecutableVariable}.";
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            // The machine's network is closed: without these Chromium keeps trying to reach Google's services.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own storage), phone-sized unless a viewport is given.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 390, int height = 844)
    {
        if (_browser is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(_unavailable);
            }

            Assert.Skip(_unavailable!);
        }

        return await _browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
