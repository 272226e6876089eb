using Loyalty.Runtime.Testing;
using Loyalty.Runtime.Tests.Grains;

namespace Loyalty.Runtime.Tests;

public sealed class TimerAndReminderTests
{
    [Fact]
    public async Task Timer_ticks_run_as_turns_and_never_interleave_with_calls()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITimerGrain>("ticking");
        await grain.StartAsync(TimeSpan.FromMilliseconds(2));

        for (var i = 0; i < 40; i++)
        {
            await grain.CallAsync();
        }

        var report = await grain.ReportAsync();
        Assert.True(report.Ticks > 0, "the timer should have ticked while calls ran");
        Assert.False(report.OverlapSeen);
    }

    [Fact]
    public async Task A_reminder_fires_after_its_grain_was_deactivated()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await Silo.StartAsync(time: time);
        var grain = cluster.GrainFactory.GetGrain<IReminderGrain>("reminded");
        await grain.RegisterAsync("expiry", TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));
        await grain.DeactivateAsync();
        Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("reminded").Contains("deactivate")));

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("reminded").Count(e => e == "tick:expiry") == 1));
        Assert.Equal(2, LifecycleLog.Of("reminded").Count(e => e == "activate"));

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("reminded").Count(e => e == "tick:expiry") == 2));
    }

    [Fact]
    public async Task An_unregistered_reminder_stops_firing()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await Silo.StartAsync(time: time);
        var grain = cluster.GrainFactory.GetGrain<IReminderGrain>("unregistered");
        await grain.RegisterAsync("once", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        await grain.UnregisterAsync("once");
        time.Advance(TimeSpan.FromMinutes(3));
        await Task.Delay(50, TestContext.Current.CancellationToken);

        Assert.DoesNotContain("tick:once", LifecycleLog.Of("unregistered"));
    }

    [Fact]
    public async Task A_reminder_due_in_a_year_can_be_registered_on_the_system_clock()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IReminderGrain>("yearly");

        await grain.RegisterAsync("anniversary", TimeSpan.FromDays(365), TimeSpan.FromDays(365));

        Assert.DoesNotContain("tick:anniversary", LifecycleLog.Of("yearly"));
    }

    [Fact]
    public async Task A_far_reminder_fires_only_when_its_day_comes()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await Silo.StartAsync(time: time);
        var grain = cluster.GrainFactory.GetGrain<IReminderGrain>("far");
        await grain.RegisterAsync("expiry", TimeSpan.FromDays(35), TimeSpan.FromDays(35));

        time.Advance(TimeSpan.FromDays(34));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("tick:expiry", LifecycleLog.Of("far"));

        time.Advance(TimeSpan.FromDays(1));
        Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("far").Contains("tick:expiry")));
    }
}
