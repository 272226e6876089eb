using BenchmarkDotNet.Attributes;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;

namespace Loyalty.Benchmarks.Runtime;

/// <summary>
/// Local grain calls on one silo: 100 concurrent callers, each calling its own grain in a loop
/// (Orleans' ConcurrentPing_OneSilo shape). Reports time and bytes allocated per call.
/// </summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private const int Callers = 100;
    private const int CallsPerCaller = 1_000;
    private TestCluster _cluster = null!;
    private IPingGrain[] _grains = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cluster = new TestClusterBuilder().ConfigureSilo(s => s.AddMemoryGrainStorage()).Build();
        _cluster.DeployAsync().GetAwaiter().GetResult();
        _grains = Enumerable.Range(0, Callers).Select(i => _cluster.GrainFactory.GetGrain<IPingGrain>(i)).ToArray();
        Task.WhenAll(_grains.Select(g => g.PingAsync(0))).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task ConcurrentPing() => Task.WhenAll(_grains.Select(g => Task.Run(() => CallLoop(g))));

    [Benchmark(OperationsPerInvoke = CallsPerCaller)]
    public async Task SingleCallerPing()
    {
        var grain = _grains[0];
        for (var i = 0; i < CallsPerCaller; i++)
        {
            await grain.PingAsync(i);
        }
    }

    private static async Task CallLoop(IPingGrain grain)
    {
        for (var i = 0; i < CallsPerCaller; i++)
        {
            await grain.PingAsync(i);
        }
    }
}
