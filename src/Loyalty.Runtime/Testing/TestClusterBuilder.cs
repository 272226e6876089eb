using Loyalty.Runtime.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime.Testing;

/// <summary>Configures a <see cref="TestCluster"/>.</summary>
public sealed class TestClusterBuilder
{
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly List<Action<ISiloBuilder>> _silo = [];

    /// <summary>Adds services (e.g. a fake <see cref="TimeProvider"/>, shared storage that outlives restarts).</summary>
    public TestClusterBuilder ConfigureServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>Configures the silo (storage, options).</summary>
    public TestClusterBuilder ConfigureSilo(Action<ISiloBuilder> configure)
    {
        _silo.Add(configure);
        return this;
    }

    /// <summary>Builds the cluster; call <see cref="TestCluster.DeployAsync"/> to start it.</summary>
    public TestCluster Build() => new(
        services => _services.ForEach(c => c(services)),
        silo => _silo.ForEach(c => c(silo)));
}
