using Loyalty.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime.Tests;

public sealed class PersistenceTests
{
    [Fact]
    public async Task State_survives_deactivation_and_reactivation()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IStatefulGrain>("durable");
        await grain.AddAsync(5);
        await grain.AddAsync(7);

        await grain.DeactivateAsync();
        var after = await grain.GetAsync();

        Assert.Equal(12, after.Total);
        Assert.Equal(2, after.Activations);
    }

    [Fact]
    public async Task An_etag_conflict_fails_the_write_deactivates_and_the_next_call_sees_fresh_state()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IStatefulGrain>("contended");
        await grain.AddAsync(1);

        // Another writer (a stale twin, another silo) moves the stored state on behind the activation's back.
        var storage = cluster.Services.GetRequiredKeyedService<IGrainStorage>("store");
        var outside = new OutsideState();
        await storage.ReadStateAsync("counter", grain.GetGrainId(), outside);
        outside.State.Total = 100;
        await storage.WriteStateAsync("counter", grain.GetGrainId(), outside);

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.AddAsync(1));
        var fresh = await grain.GetAsync();

        Assert.Equal(100, fresh.Total);
        Assert.Equal(2, fresh.Activations);
    }

    private sealed class OutsideState : IGrainState<CounterState>
    {
        public CounterState State { get; set; } = new();

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}
