using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime.Hosting;

/// <summary>
/// Configures a silo: storage providers, journal, reminder table, options. Provider packages add
/// extension methods to it (e.g. <c>AddMemoryGrainStorage</c>, <c>AddPostgresGrainStorage</c>).
/// </summary>
public interface ISiloBuilder
{
    /// <summary>The host's services.</summary>
    IServiceCollection Services { get; }
}
