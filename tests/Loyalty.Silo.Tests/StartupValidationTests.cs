using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Loyalty.Silo.Tests;

/// <summary>
/// Runs alone: WebApplicationFactory finds the app's host through a process-wide diagnostic listener, so a
/// host that fails to start while other factories are building can hand this test a neighbour's disposed host.
/// </summary>
[CollectionDefinition(nameof(StartupValidationTests), DisableParallelization = true)]
public sealed class StartupValidationCollection;

[Collection(nameof(StartupValidationTests))]
public sealed class StartupValidationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public void Outside_development_the_silo_refuses_to_start_without_a_signing_key()
    {
        using var production = factory.WithWebHostBuilder(host => host.UseEnvironment("Production"));

        var error = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_silo_refuses_a_signing_key_shorter_than_32_bytes()
    {
        using var weak = factory.WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting("Loyalty:Auth:SigningKey", "too-short-for-hmac"));

        Assert.Throws<OptionsValidationException>(() => weak.CreateClient());
    }

    [Fact]
    public void A_production_silo_starts_with_a_long_enough_signing_key()
    {
        using var configured = factory.WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting("Loyalty:Auth:SigningKey", new string('k', 32)));

        using var client = configured.CreateClient();

        Assert.NotNull(client);
    }
}
