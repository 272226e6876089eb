using Loyalty.Runtime.Journaling;
using Loyalty.Runtime.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Loyalty.Runtime.Hosting;

/// <summary>Registers the PostgreSQL providers: grain storage, event journal, reminder table and schema migrations.</summary>
public static class PostgresSiloBuilderExtensions
{
    /// <summary>The options name of the reminder table's <see cref="PostgresOptions"/>.</summary>
    public const string RemindersOptionsName = "Loyalty.Reminders";

    /// <summary>
    /// Uses one PostgreSQL database for everything: the <see cref="SiloServiceKeys.DefaultStorageName"/>
    /// grain storage, the event journal and the reminder table; the schema is migrated on start.
    /// </summary>
    public static ISiloBuilder UsePostgres(this ISiloBuilder builder, string connectionString) =>
        builder
            .AddPostgresGrainStorage(SiloServiceKeys.DefaultStorageName, options => options.ConnectionString = connectionString)
            .AddPostgresJournal(options => options.ConnectionString = connectionString)
            .AddPostgresReminders(options => options.ConnectionString = connectionString);

    /// <summary>
    /// Adds a grain storage provider named <paramref name="name"/> (a keyed <see cref="IGrainStorage"/>)
    /// with ETag (version) concurrency. Options are validated when the host starts.
    /// </summary>
    public static ISiloBuilder AddPostgresGrainStorage(this ISiloBuilder builder, string name, Action<PostgresOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddOptions(builder.Services, name, configure);
        builder.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) =>
        {
            var options = services.GetRequiredService<IOptionsMonitor<PostgresOptions>>().Get(name);
            return new PostgresGrainStorage(
                services.GetRequiredService<PostgresDataSources>().Get(options.ConnectionString),
                services.GetRequiredService<IGrainSerializer>(),
                options.ServiceId);
        });
        AddSchemaTarget(builder.Services, services => services.GetRequiredService<IOptionsMonitor<PostgresOptions>>().Get(name));
        return builder;
    }

    /// <summary>
    /// Uses <see cref="PostgresEventJournal"/> as the silo's <see cref="IEventJournal"/>, with group commit
    /// tuned by <see cref="PostgresJournalOptions"/>. Options are validated when the host starts.
    /// </summary>
    public static ISiloBuilder AddPostgresJournal(this ISiloBuilder builder, Action<PostgresJournalOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddOptions(builder.Services, Options.DefaultName, configure);
        builder.Services.RemoveAll<IEventJournal>();
        builder.Services.AddSingleton<IEventJournal>(services =>
        {
            var options = services.GetRequiredService<IOptions<PostgresJournalOptions>>().Value;
            var dataSource = services.GetRequiredService<PostgresDataSources>().Get(options.ConnectionString, options.ApplicationName);
            return new PostgresEventJournal(dataSource, options);
        });
        AddSchemaTarget(builder.Services, services => services.GetRequiredService<IOptions<PostgresJournalOptions>>().Value);
        return builder;
    }

    /// <summary>
    /// Uses <see cref="PostgresReminderTable"/> as the silo's <see cref="IReminderTable"/>, so reminders
    /// survive restarts. Options (named <see cref="RemindersOptionsName"/>) are validated when the host starts.
    /// </summary>
    public static ISiloBuilder AddPostgresReminders(this ISiloBuilder builder, Action<PostgresOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddOptions(builder.Services, RemindersOptionsName, configure);
        builder.Services.RemoveAll<IReminderTable>();
        builder.Services.AddSingleton<IReminderTable>(services =>
        {
            var options = services.GetRequiredService<IOptionsMonitor<PostgresOptions>>().Get(RemindersOptionsName);
            return new PostgresReminderTable(services.GetRequiredService<PostgresDataSources>().Get(options.ConnectionString), options.ServiceId);
        });
        AddSchemaTarget(builder.Services, services => services.GetRequiredService<IOptionsMonitor<PostgresOptions>>().Get(RemindersOptionsName));
        return builder;
    }

    private static void AddOptions<TOptions>(IServiceCollection services, string name, Action<TOptions> configure)
        where TOptions : PostgresOptions
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<TOptions>(name)
            .Configure(configure)
            .Validate(options => options.Validate() is null, $"PostgreSQL options '{name}' of {typeof(TOptions).Name} are invalid: ConnectionString and ServiceId are required and the group-commit knobs must be in range.")
            .ValidateOnStart();
        services.TryAddSingleton<PostgresDataSources>();
        services.TryAddSingleton<IGrainSerializer, JsonGrainSerializer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, PostgresSchemaMigrationService>());
    }

    private static void AddSchemaTarget(IServiceCollection services, Func<IServiceProvider, PostgresOptions> options) =>
        services.AddSingleton(new PostgresSchemaTarget(provider =>
            options(provider) is { MigrateOnStart: true } migrating ? migrating.ConnectionString : null));
}
