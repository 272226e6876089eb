using Microsoft.Playwright;

namespace Loyalty.Browser.Tests.Infrastructure;

/// <summary>Opens the silo's pages, each in a fresh browser context (its own session storage), and closes them all.</summary>
public sealed class Pages(BrowserFixture browser) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly Dictionary<IPage, PageErrors> _errors = [];

    /// <summary>Opens <paramref name="page"/> as <paramref name="subject"/> with a token for <paramref name="role"/>, phone-sized unless told.</summary>
    public async Task<IPage> OpenAsync(KestrelSilo silo, string page, string role, string subject, int width = 390, int height = 844)
    {
        var context = await browser.NewContextAsync(width, height);
        _contexts.Add(context);
        var tab = await context.NewPageAsync();
        _errors[tab] = PageErrors.Watch(tab); // before loading, so an error while loading counts too
        await tab.GotoAsync(silo.PageUrl(page, role, subject));
        return tab;
    }

    /// <summary>What <paramref name="page"/> logged as an error or a refusal since it was opened.</summary>
    public IReadOnlyCollection<string> ErrorsOf(IPage page) => _errors[page].Errors;

    /// <summary>As <see cref="OpenAsync"/>, then waits until the page's hub connection is live.</summary>
    public async Task<IPage> OpenLiveAsync(KestrelSilo silo, string page, string role, string subject, int width = 390, int height = 844)
    {
        var tab = await OpenAsync(silo, page, role, subject, width, height);
        await LiveAsync(tab);
        return tab;
    }

    /// <summary>Waits until <paramref name="page"/> shows its hub connection as live.</summary>
    public static Task LiveAsync(IPage page) =>
        Assertions.Expect(page.Locator("#connection")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 10_000 });

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}

/// <summary>A test class with its own silo on a loopback socket and the pages it opened, all closed after each test.</summary>
public abstract class SiloPageTests(BrowserFixture browser, IReadOnlyDictionary<string, string>? settings = null) : IAsyncLifetime
{
    protected KestrelSilo Silo { get; } = KestrelSilo.Start(settings: settings);

    protected Pages Pages { get; } = new(browser);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await Pages.DisposeAsync();
        await Silo.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
