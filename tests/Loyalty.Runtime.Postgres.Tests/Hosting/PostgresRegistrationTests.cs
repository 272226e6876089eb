using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Journaling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Loyalty.Runtime.Postgres.Tests.Hosting;

public sealed class PostgresRegistrationTests(PostgresRegistrationTests.Database database) : IClassFixture<PostgresRegistrationTests.Database>
{
    public sealed class Database(Loyalty.Testing.Postgres.PostgresServer server) : Loyalty.Testing.Postgres.PostgresDatabase(server);

    private sealed class SiloBuilder(IServiceCollection services) : ISiloBuilder
    {
        public IServiceCollection Services { get; } = services;
    }

    private static IHost Build(Action<ISiloBuilder> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        configure(new SiloBuilder(builder.Services));
        return builder.Build();
    }

    [Fact]
    public async Task UsePostgres_migrates_on_start_and_provides_working_storage_journal_and_reminders()
    {
        using var host = Build(silo => silo.UsePostgres(database.ConnectionString));
        await host.StartAsync(TestContext.Current.CancellationToken);

        var grain = TestGrains.New();
        var journal = host.Services.GetRequiredService<IEventJournal>();
        await journal.AppendAsync(new JournalAppend(grain, 0, [("Joined", "{}"u8.ToArray())]), TestContext.Current.CancellationToken);
        var storage = host.Services.GetRequiredKeyedService<IGrainStorage>(SiloServiceKeys.DefaultStorageName);
        var reminders = host.Services.GetRequiredService<IReminderTable>();
        await reminders.UpsertRowAsync(new ReminderEntry(grain, "r", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(1)));

        Assert.IsType<PostgresEventJournal>(journal);
        Assert.IsType<PostgresGrainStorage>(storage);
        Assert.Equal(1, (await journal.ReadAsync(grain, TestContext.Current.CancellationToken)).LastSequence);
        Assert.NotNull(await reminders.ReadRowAsync(grain, "r"));
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_missing_connection_string_fails_the_start()
    {
        using var host = Build(silo => silo.AddPostgresJournal(_ => { }));

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Out_of_range_group_commit_knobs_fail_the_start()
    {
        using var host = Build(silo => silo.AddPostgresJournal(options =>
        {
            options.ConnectionString = database.ConnectionString;
            options.MaxBatchRows = 0;
        }));

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }
}
