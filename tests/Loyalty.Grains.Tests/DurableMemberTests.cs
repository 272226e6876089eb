using Loyalty.Grains.Members;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Loyalty.Testing.Postgres;

namespace Loyalty.Grains.Tests;

public sealed class DurableMemberTests(DurableMemberTests.Database database) : IClassFixture<DurableMemberTests.Database>
{
    public sealed class Database(PostgresServer server) : PostgresDatabase(server);

    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Every_acknowledged_purchase_survives_a_silo_restart_on_the_same_database()
    {
        var cluster = await LoyaltySilo.StartAsync(_time, silo => silo.UsePostgres(database.ConnectionString).AddPostgresGrainStorage(LoyaltyStorage.Name, o => o.ConnectionString = database.ConnectionString));
        var member = await cluster.EnrolledMemberAsync("durable-ada");
        var acknowledged = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}", 5m + i, _time.GetUtcNow()))));
        var before = await member.GetAccountAsync();
        await cluster.DisposeAsync();

        await using var restarted = await LoyaltySilo.StartAsync(_time, silo => silo.UsePostgres(database.ConnectionString).AddPostgresGrainStorage(LoyaltyStorage.Name, o => o.ConnectionString = database.ConnectionString));
        var after = await restarted.GrainFactory.GetGrain<IMemberGrain>("durable-ada").GetAccountAsync();
        var replay = await restarted.GrainFactory.GetGrain<IMemberGrain>("durable-ada").PurchaseAsync(LoyaltySilo.Groceries("t-7", 12m, _time.GetUtcNow()));

        Assert.Equal(100 + acknowledged.Sum(o => o.Result!.Evaluation!.Points), after!.Balances.Points.Total);
        Assert.Equivalent(before, after, strict: true);
        Assert.True(replay.Replayed);
    }
}
