using Loyalty.Runtime.Activations;
using Loyalty.Runtime.Storage;
using Loyalty.Runtime.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Loyalty.Runtime.Hosting;

/// <summary>Hosts a silo of the Loyalty runtime in a .NET generic host or ASP.NET Core app.</summary>
public static class LoyaltyRuntimeHostingExtensions
{
    /// <summary>
    /// Adds a silo to the host: the runtime, <see cref="IGrainFactory"/>, and whatever
    /// <paramref name="configure"/> adds (storage, journal, reminders). Options bind from
    /// <c>Loyalty:Silo</c> and are validated when the host starts.
    /// </summary>
    public static IHostApplicationBuilder UseLoyaltyRuntime(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        builder.Services.AddLoyaltyRuntime(configure);
        return builder;
    }

    /// <summary>Adds a silo to a service collection; see <see cref="UseLoyaltyRuntime"/>.</summary>
    public static IServiceCollection AddLoyaltyRuntime(this IServiceCollection services, Action<ISiloBuilder>? configure = null)
    {
        services.AddOptions<SiloOptions>()
            .BindConfiguration(SiloOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGrainSerializer>(_ => new JsonGrainSerializer());
        services.TryAddSingleton<StorageInstruments>();
        services.TryAddSingleton(sp => new RuntimeTelemetryFactory(
            sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SiloOptions>>().Value));
        services.TryAddSingleton(sp => new SiloRuntime(
            sp,
            sp.GetRequiredService<IOptions<SiloOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<RuntimeTelemetryFactory>()));
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<SiloRuntime>());
        services.AddHostedService<SiloLifecycle>();
        configure?.Invoke(new SiloBuilder(services));
        return services;
    }

    /// <summary>Changes the silo's runtime options in code (after configuration binding).</summary>
    public static ISiloBuilder Configure(this ISiloBuilder builder, Action<SiloOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>
    /// Adds an in-memory grain storage provider named <paramref name="name"/>: the embedded default.
    /// State survives deactivation but not a restart of the process.
    /// </summary>
    public static ISiloBuilder AddMemoryGrainStorage(this ISiloBuilder builder, string name = SiloServiceKeys.DefaultStorageName)
    {
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (sp, _) => new MemoryGrainStorage(sp.GetRequiredService<IGrainSerializer>()));
        return builder;
    }

    /// <summary>Adds an in-memory provider that serves both <paramref name="name"/> and the default name.</summary>
    public static ISiloBuilder AddMemoryGrainStorageAsDefault(this ISiloBuilder builder, string name = SiloServiceKeys.DefaultStorageName)
    {
        builder.AddMemoryGrainStorage(name);
        if (name != SiloServiceKeys.DefaultStorageName)
        {
            builder.Services.AddKeyedSingleton(SiloServiceKeys.DefaultStorageName, (sp, _) => sp.GetRequiredKeyedService<IGrainStorage>(name));
        }

        return builder;
    }
}
