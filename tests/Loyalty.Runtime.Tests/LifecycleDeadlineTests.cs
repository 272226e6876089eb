using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Loyalty.Runtime.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime.Tests;

/// <summary>Activation and deactivation end at their deadlines, whatever the grain or its storage does.</summary>
public sealed class LifecycleDeadlineTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_state_read_that_never_returns_fails_the_activation_at_its_deadline_and_the_next_call_activates_afresh()
    {
        var time = new ManualTimeProvider();
        var storage = new StallingStorage { Stalled = true };
        await using var cluster = await StartAsync(time, storage);
        var grain = cluster.GrainFactory.GetGrain<IStatefulGrain>("stalled-read");

        var first = grain.GetAsync();
        await storage.ReadStarted.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        time.Advance(Deadline - TimeSpan.FromSeconds(1));
        Assert.False(first.IsCompleted);

        // Storage reads take no token: the activation has to give up on the read itself.
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await Silo.EventuallyAsync(() => first.IsCompleted), "the call still waits on an activation stuck reading its state");
        var failure = await Assert.ThrowsAsync<TimeoutException>(() => first);
        Assert.Equal($"Activating {grain.GetGrainId()} took longer than {Deadline}.", failure.Message);

        storage.Stalled = false;
        Assert.Equal(new StatefulSnapshot(0, 1), await grain.GetAsync());
    }

    [Fact]
    public async Task A_deactivation_that_ignores_its_token_ends_at_its_deadline_with_the_token_cancelled()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await StartAsync(time, new StallingStorage());
        LifecycleLog.StallDeactivation["stubborn"] = true;
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("stubborn");
        await grain.EchoAsync();

        var deactivating = cluster.DeactivateAllAsync();
        Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("stubborn").Contains("deactivate:ApplicationRequested")));
        time.Advance(Deadline - TimeSpan.FromSeconds(1));
        Assert.False(deactivating.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(2));
        await deactivating.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        LifecycleLog.StallDeactivation["stubborn"] = false;
        Assert.Equal("stubborn", await grain.EchoAsync());
        Assert.Equal(["activate", "deactivate:ApplicationRequested", "deactivation token cancelled", "activate"], LifecycleLog.Of("stubborn"));
    }

    private static async Task<TestCluster> StartAsync(ManualTimeProvider time, StallingStorage storage)
    {
        var cluster = new TestClusterBuilder()
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(time))
            .ConfigureSilo(silo =>
            {
                silo.Services.AddKeyedSingleton<IGrainStorage>("store", storage);
                silo.Configure(o =>
                {
                    (o.ActivationTimeout, o.DeactivationTimeout) = (Deadline, Deadline);
                    o.ResponseTimeout = TimeSpan.FromHours(1);
                });
            })
            .Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>Grain storage whose reads, while <see cref="Stalled"/>, never return (as a database that stopped answering).</summary>
    private sealed class StallingStorage : IGrainStorage
    {
        public volatile bool Stalled;

        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        {
            ReadStarted.TrySetResult();
            if (Stalled)
            {
                return new TaskCompletionSource().Task;
            }

            (grainState.State, grainState.ETag, grainState.RecordExists) = (Activator.CreateInstance<TState>(), null, false);
            return Task.CompletedTask;
        }

        public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        {
            grainState.ETag = Guid.NewGuid().ToString();
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState) => Task.CompletedTask;
    }
}
