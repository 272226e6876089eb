using Loyalty.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Loyalty.Runtime.Testing;

/// <summary>
/// An in-process silo for tests, in the manner of Orleans' TestCluster: build it, deploy it, call
/// grains through <see cref="GrainFactory"/>, restart it to prove durability, dispose it.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly Action<IServiceCollection> _configureServices;
    private readonly Action<ISiloBuilder> _configureSilo;
    private IHost? _host;

    internal TestCluster(Action<IServiceCollection> configureServices, Action<ISiloBuilder> configureSilo)
    {
        _configureServices = configureServices;
        _configureSilo = configureSilo;
    }

    /// <summary>References to grains in the silo.</summary>
    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's services.</summary>
    public IServiceProvider Services => (_host ?? throw new InvalidOperationException("Call DeployAsync first.")).Services;

    /// <summary>Starts the silo.</summary>
    public async Task DeployAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        _configureServices(builder.Services);
        builder.Services.AddLogging();
        builder.UseLoyaltyRuntime(_configureSilo);
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>Stops the silo gracefully (every activation deactivates) and starts a new one with the same configuration.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await DeployAsync();
    }

    /// <summary>
    /// Deactivates every activation (as idle collection would) and waits until they are gone, so the
    /// next calls rebuild grains from storage while the silo and its storage stay up.
    /// </summary>
    public Task DeactivateAllAsync() => DeactivateAllAsync(static _ => true);

    /// <summary>As <see cref="DeactivateAllAsync()"/>, for the activations whose id <paramref name="which"/> accepts only.</summary>
    public async Task DeactivateAllAsync(Func<GrainId, bool> which)
    {
        ArgumentNullException.ThrowIfNull(which);
        var runtime = Services.GetRequiredService<Activations.SiloRuntime>();
        var reason = new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "The test deactivated every grain.");
        var activations = runtime.Catalog.All.Where(a => !a.GrainClass.IsObserver && which(a.GrainId)).ToList();
        activations.ForEach(a => a.Deactivate(reason));
        await Task.WhenAll(activations.Select(a => a.Deactivated));
    }

    /// <summary>Stops the silo gracefully.</summary>
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await StopAsync();
}
