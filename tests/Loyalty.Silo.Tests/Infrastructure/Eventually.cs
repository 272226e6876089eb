namespace Loyalty.Silo.Tests.Infrastructure;

/// <summary>
/// Waits, bounded, for something that happens just after a response: the server's request span ends
/// once the response has been handed to the client, so a test reading spans right away can race it.
/// </summary>
internal static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <summary>Polls <paramref name="condition"/> until true or the limit passes; the caller then asserts.</summary>
    public static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
