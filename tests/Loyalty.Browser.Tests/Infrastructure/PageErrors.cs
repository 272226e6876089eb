using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Loyalty.Browser.Tests.Infrastructure;

/// <summary>Collects what a page reports as broken: console errors (a refused script or style, a failed request) and uncaught exceptions.</summary>
internal sealed class PageErrors
{
    private readonly ConcurrentQueue<string> _errors = new();

    private PageErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Enqueue(error);
    }

    public IReadOnlyCollection<string> Errors => [.. _errors];

    public static PageErrors Watch(IPage page) => new(page);
}
