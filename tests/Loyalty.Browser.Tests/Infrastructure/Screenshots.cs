using Microsoft.Playwright;

namespace Loyalty.Browser.Tests.Infrastructure;

/// <summary>Saves full-page screenshots as test artifacts under <c>artifacts/screenshots</c> at the repository root.</summary>
internal static class Screenshots
{
    public static readonly string Directory = Locate();

    public static async Task SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Directory, name + ".png"), FullPage = true });
    }

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Loyalty.Orleans.sln")))
            {
                return Path.Combine(folder.FullName, "artifacts", "screenshots");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "screenshots");
    }
}
