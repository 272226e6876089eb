using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.Options;

namespace Loyalty.Runtime.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Invalid_runtime_options_stop_the_silo_from_starting()
    {
        var cluster = new TestClusterBuilder()
            .ConfigureSilo(silo => silo.Configure(o => o.ResponseTimeout = TimeSpan.Zero))
            .Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(cluster.DeployAsync);

        Assert.Contains(nameof(SiloOptions.ResponseTimeout), failure.Message);
    }
}
