using Loyalty.Runtime.Testing;
using Loyalty.Runtime.Tests.Grains;

namespace Loyalty.Runtime.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task A_throwing_OnActivateAsync_fails_the_call_and_leaves_no_zombie_activation()
    {
        await using var cluster = await Silo.StartAsync();
        LifecycleLog.FailActivation["refuses"] = true;
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("refuses");

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(grain.EchoAsync);
        Assert.Equal("activation refused", failure.Message);

        // The next call activates afresh instead of reaching a half-built activation.
        LifecycleLog.FailActivation["refuses"] = false;
        Assert.Equal("refuses", await grain.EchoAsync());
        Assert.Equal(["activate", "activate"], LifecycleLog.Of("refuses"));
    }

    [Fact]
    public async Task Idle_activations_are_collected_after_the_collection_age_and_use_resets_the_clock()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await Silo.StartAsync(
            o =>
            {
                o.CollectionAge = TimeSpan.FromMinutes(15);
                o.CollectionQuantum = TimeSpan.FromMinutes(1);
            },
            time);
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("idle");
        await grain.EchoAsync();

        time.Advance(TimeSpan.FromMinutes(10));
        await grain.EchoAsync();
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.DoesNotContain("deactivate:ActivationIdle", LifecycleLog.Of("idle"));

        time.Advance(TimeSpan.FromMinutes(6));
        Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("idle").Contains("deactivate:ActivationIdle")));

        await grain.EchoAsync();
        Assert.Equal(["activate", "deactivate:ActivationIdle", "activate"], LifecycleLog.Of("idle"));
    }

    [Fact]
    public async Task Stopping_the_silo_deactivates_every_activation_gracefully()
    {
        var cluster = await Silo.StartAsync();
        await cluster.GrainFactory.GetGrain<ILifecycleGrain>("shutdown-1").EchoAsync();
        await cluster.GrainFactory.GetGrain<ILifecycleGrain>("shutdown-2").EchoAsync();

        await cluster.StopAsync();

        Assert.Contains("deactivate:ShuttingDown", LifecycleLog.Of("shutdown-1"));
        Assert.Contains("deactivate:ShuttingDown", LifecycleLog.Of("shutdown-2"));
    }

    [Fact]
    public async Task A_grain_reference_is_cheap_and_compares_by_identity()
    {
        await using var cluster = await Silo.StartAsync();

        var first = cluster.GrainFactory.GetGrain<ILifecycleGrain>("same");
        var second = cluster.GrainFactory.GetGrain<ILifecycleGrain>("same");

        Assert.Equal(first, second);
        Assert.NotEqual(first, cluster.GrainFactory.GetGrain<ILifecycleGrain>("other"));
        Assert.Equal("same", first.GetPrimaryKeyString());
        Assert.Empty(LifecycleLog.Of("same"));
    }
}
