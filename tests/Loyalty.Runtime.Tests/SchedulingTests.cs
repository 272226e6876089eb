using Loyalty.Runtime.Tests.Grains;

namespace Loyalty.Runtime.Tests;

public sealed class SchedulingTests
{
    [Fact]
    public async Task A_thousand_concurrent_callers_never_overlap_inside_a_non_reentrant_grain()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ITurnProbeGrain>("exclusive");

        var results = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Task.Run(grain.EnterAsync)));
        var report = await grain.ReportAsync();

        Assert.Equal(1000, results.Length);
        Assert.Equal(1, report.MaxInside);
        Assert.False(report.ParallelSeen);
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_requests_but_never_runs_two_threads_at_once()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IReentrantProbeGrain>("reentrant");

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(grain.EnterAsync)));
        var report = await grain.ReportAsync();

        Assert.True(report.MaxInside > 1, $"requests should interleave at awaits; max inside was {report.MaxInside}");
        Assert.False(report.ParallelSeen);
    }

    [Fact]
    public async Task Read_only_requests_interleave_with_each_other_and_a_write_waits_for_them()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IInterleavingGrain>("reads");

        var reads = Enumerable.Range(0, 3).Select(_ => grain.ReadWhileGateClosedAsync()).ToArray();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        var write = grain.WriteAsync();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(write.IsCompleted, "a write must not run while read-only requests are inside");

        await grain.OpenGateAsync();
        var peaks = await Task.WhenAll(reads);

        Assert.Equal(3, peaks.Max());
        Assert.Equal(0, await write);
    }

    [Fact]
    public async Task An_always_interleave_method_answers_while_another_request_holds_the_grain()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<IInterleavingGrain>("hold");

        var hold = grain.HoldAsync();
        var ping = await grain.PingAsync().WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);

        Assert.Equal("pong", ping);
        Assert.False(hold.IsCompleted);
        await grain.OpenGateAsync();
        await hold;
    }

    [Fact]
    public async Task A_call_cycle_between_non_reentrant_grains_times_out()
    {
        await using var cluster = await Silo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(300));
        var a = cluster.GrainFactory.GetGrain<ICycleGrain>("a");

        await Assert.ThrowsAsync<TimeoutException>(() => a.CallAsync("b"));

        // The cycle is broken by the timeout, not by a stuck grain: a answers again afterwards.
        Assert.Equal("a", await a.NameAsync());
    }

    [Fact]
    public async Task Stateless_workers_run_several_activations_in_parallel()
    {
        await using var cluster = await Silo.StartAsync();
        WorkerGrain.Reset();
        var worker = cluster.GrainFactory.GetGrain<IWorkerGrain>(0);

        // Each call waits for all four to arrive: only parallel activations can finish.
        var met = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => worker.MeetAsync(4))));

        Assert.All(met, parties => Assert.Equal(4, parties));
    }

    [Fact]
    public async Task Exceptions_reach_the_caller_with_their_type_and_message()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("throws");

        var failure = await Assert.ThrowsAsync<ArgumentException>(() => grain.FailAsync("bad amount"));

        Assert.Equal("bad amount", failure.Message);
        Assert.Equal("throws", await grain.EchoAsync());
    }

    [Fact]
    public async Task Cancellation_tokens_flow_into_grain_methods()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("cancel");
        using var cancellation = new CancellationTokenSource();

        var waiting = grain.WaitForCancellationAsync(cancellation.Token);
        await Task.Delay(20, TestContext.Current.CancellationToken);
        await cancellation.CancelAsync();

        Assert.True(await waiting);
    }

    [Fact]
    public async Task A_one_way_call_returns_at_once_and_still_runs()
    {
        await using var cluster = await Silo.StartAsync();
        var grain = cluster.GrainFactory.GetGrain<ILifecycleGrain>("oneway");

        await grain.NoteAsync("noted");

        Assert.True(await Silo.EventuallyAsync(() => LifecycleLog.Of("oneway").Contains("noted")));
    }
}
