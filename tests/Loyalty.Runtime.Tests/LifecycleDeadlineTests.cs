using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Loyalty.Runtime.Tests.Grains;

namespace Loyalty.Runtime.Tests;

/// <summary>Activation and deactivation end at their deadlines, whatever the grain or its storage does.</summary>
public sealed class LifecycleDeadlineTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task A_state_read_that_never_returns_fails_the_activation_at_its_deadline_and_the_next_call_activates_afresh()
    {
        var time = new ManualTimeProvider();
        var storage = new StallingStorage { Stalled = true };
        await using var cluster = await Silo.StartAsync(Deadlines, time, storage);
        try
        {
            var grain = cluster.GrainFactory.GetGrain<IStatefulGrain>("stalled-read");
            var first = grain.GetAsync();
            await storage.ReadStarted.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
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
        finally
        {
            storage.Release();
        }
    }

    [Fact]
    public async Task A_state_read_abandoned_at_the_deadline_that_fails_later_is_logged()
    {
        var time = new ManualTimeProvider();
        var storage = new StallingStorage { Stalled = true, FailsWhenReleased = true };
        await using var cluster = await Silo.StartAsync(Deadlines, time, storage);
        try
        {
            var grain = cluster.GrainFactory.GetGrain<IStatefulGrain>("late-fault");
            var first = grain.GetAsync();
            await storage.ReadStarted.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
            time.Advance(Deadline + TimeSpan.FromSeconds(1));
            var failure = await Assert.ThrowsAsync<TimeoutException>(() => first.WaitAsync(Patience, TestContext.Current.CancellationToken));
            Assert.Equal($"Activating {grain.GetGrainId()} took longer than {Deadline}.", failure.Message);

            storage.Release();
            var logs = cluster.Services.GetFakeLogCollector();
            Assert.True(await Silo.EventuallyAsync(() => logs.GetSnapshot().Any(log => log.Exception is StorageAnsweredLate)), "the late fault was not logged");
            var logged = logs.GetSnapshot().Single(log => log.Exception is StorageAnsweredLate);
            Assert.Equal($"Work of {grain.GetGrainId()} abandoned at its activation or deactivation deadline failed later", logged.Message);
        }
        finally
        {
            storage.Release();
        }
    }

    [Fact]
    public async Task An_OnActivateAsync_that_ignores_its_token_fails_at_its_deadline_with_the_token_cancelled()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await Silo.StartAsync(Deadlines, time);
        var stall = Stall(LifecycleLog.StalledActivations, "stubborn-activation");
        try
        {
            var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("stubborn-activation");
            var first = grain.EchoAsync();
            Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("stubborn-activation").Contains("activate")));
            time.Advance(Deadline + TimeSpan.FromSeconds(1));

            var failure = await Assert.ThrowsAsync<TimeoutException>(() => first.WaitAsync(Patience, TestContext.Current.CancellationToken));
            Assert.Equal($"Activating {grain.GetGrainId()} took longer than {Deadline}.", failure.Message);
            Assert.Equal(["activate", "activation token cancelled"], LifecycleLog.Of("stubborn-activation"));
        }
        finally
        {
            Unstall(LifecycleLog.StalledActivations, "stubborn-activation", stall);
        }
    }

    [Fact]
    public async Task A_deactivation_that_ignores_its_token_ends_at_its_deadline_with_the_token_cancelled()
    {
        var time = new ManualTimeProvider();
        await using var cluster = await Silo.StartAsync(Deadlines, time);
        var stall = Stall(LifecycleLog.StalledDeactivations, "stubborn-deactivation");
        try
        {
            var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("stubborn-deactivation");
            await grain.EchoAsync();

            var deactivating = cluster.DeactivateAllAsync();
            Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("stubborn-deactivation").Contains("deactivate:ApplicationRequested")));
            time.Advance(Deadline - TimeSpan.FromSeconds(1));
            Assert.False(deactivating.IsCompleted);

            time.Advance(TimeSpan.FromSeconds(2));
            await deactivating.WaitAsync(Patience, TestContext.Current.CancellationToken);
            LifecycleLog.StalledDeactivations.TryRemove("stubborn-deactivation", out _);
            Assert.Equal("stubborn-deactivation", await grain.EchoAsync());
            Assert.Equal(["activate", "deactivate:ApplicationRequested", "deactivation token cancelled", "activate"], LifecycleLog.Of("stubborn-deactivation"));
        }
        finally
        {
            Unstall(LifecycleLog.StalledDeactivations, "stubborn-deactivation", stall);
        }
    }

    private static void Deadlines(SiloOptions options)
    {
        (options.ActivationTimeout, options.DeactivationTimeout) = (Deadline, Deadline);
        options.ResponseTimeout = TimeSpan.FromHours(1);
    }

    private static TaskCompletionSource Stall(System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> stalls, string key) =>
        stalls[key] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    // Released before the silo stops, so a failed assertion is reported as itself, not as a stuck shutdown.
    private static void Unstall(System.Collections.Concurrent.ConcurrentDictionary<string, TaskCompletionSource> stalls, string key, TaskCompletionSource stall)
    {
        stalls.TryRemove(key, out _);
        stall.TrySetResult();
    }

    /// <summary>Grain storage whose reads, while <see cref="Stalled"/>, wait until released (as a database that stopped answering).</summary>
    private sealed class StallingStorage : IGrainStorage
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _stalled;

        public bool Stalled { get => _stalled; set => _stalled = value; }

        /// <summary>A stalled read, once released, throws <see cref="StorageAnsweredLate"/> instead of reading.</summary>
        public bool FailsWhenReleased { get; init; }

        public TaskCompletionSource ReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _released.TrySetResult();

        public async Task ReadStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        {
            ReadStarted.TrySetResult();
            if (Stalled)
            {
                await _released.Task;
                if (FailsWhenReleased)
                {
                    throw new StorageAnsweredLate();
                }
            }

            (grainState.State, grainState.ETag, grainState.RecordExists) = (Activator.CreateInstance<TState>(), null, false);
        }

        public Task WriteStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState)
        {
            grainState.ETag = Guid.NewGuid().ToString();
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<TState>(string stateName, GrainId grainId, IGrainState<TState> grainState) => Task.CompletedTask;
    }

    private sealed class StorageAnsweredLate() : Exception("The storage answered after the activation gave up on it.");
}
