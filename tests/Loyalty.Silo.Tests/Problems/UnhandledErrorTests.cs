using System.Net;
using Loyalty.Silo.Tests.Infrastructure;

namespace Loyalty.Silo.Tests.Problems;

public sealed class UnhandledErrorTests(ProbeHost host) : IClassFixture<ProbeHost>
{
    [Fact]
    public async Task A_failing_handler_gets_a_generic_500_problem_without_the_exceptions_internals()
    {
        using var response = await host.Client.SendAsync(Credentials.Get("/probe/fail"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("traceId", body, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }
}
