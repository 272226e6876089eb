using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime.Hosting;

/// <summary>The <see cref="ISiloBuilder"/> handed to configuration callbacks.</summary>
internal sealed class SiloBuilder(IServiceCollection services) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;
}
