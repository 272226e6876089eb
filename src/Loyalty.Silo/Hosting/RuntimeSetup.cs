using Loyalty.Grains;
using Loyalty.Grains.Hosting;
using Loyalty.Runtime.Hosting;
using Loyalty.Silo.Kpis;
using Loyalty.Silo.Security.ApiKeys;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Loyalty.Silo.Hosting;

/// <summary>Hosts the grain runtime in the silo: PostgreSQL when configured, the in-memory embedded default otherwise.</summary>
internal static class RuntimeSetup
{
    /// <summary>The connection string name that switches the silo to PostgreSQL.</summary>
    public const string ConnectionStringName = "Loyalty";

    public static WebApplicationBuilder AddLoyaltyRuntime(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        builder.UseLoyaltyRuntime(silo =>
        {
            silo.AddLoyaltyGrains();
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                // The embedded default: everything in process memory, gone when the process ends.
                silo.AddMemoryGrainStorage()
                    .AddMemoryGrainStorage(LoyaltyStorage.Name)
                    .AddMemoryJournal()
                    .AddMemoryReminderTable();
            }
            else
            {
                silo.UsePostgres(connectionString)
                    .AddPostgresGrainStorage(LoyaltyStorage.Name, options => options.ConnectionString = connectionString);
            }
        });
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            builder.Services.AddSingleton<IProgramKpis, PostgresProgramKpis>();
            builder.Services.Replace(ServiceDescriptor.Singleton<IApiKeyStore, PostgresApiKeyStore>());
        }

        builder.Services.AddHostedService<ProgramSeeder>();
        return builder;
    }
}
