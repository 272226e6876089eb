using System.Reflection;
using System.Runtime.CompilerServices;
using Loyalty.Runtime.Invocation;
using Loyalty.Runtime.Testing;

namespace Loyalty.Runtime.CodeGen.Tests;

/// <summary>
/// Compiles a grain interface and class with the generator, loads the assembly, and calls the grain
/// through its generated proxy, requests and activator on a real silo.
/// </summary>
public sealed class ProxyRoundTripTests : IAsyncLifetime
{
    private const string CounterGrainSource = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Loyalty.Runtime;

        namespace RoundTrip;

        public interface ICounterGrain : IGrainWithStringKey
        {
            Task<int> AddAsync(int amount, CancellationToken cancellationToken);

            [ReadOnly, ResponseTimeout("00:00:02")]
            ValueTask<string> DescribeAsync();

            ValueTask ResetAsync();

            Task FailAsync(string message);
        }

        public sealed class CounterGrain(IGrainContext context, TimeProvider clock) : Grain, ICounterGrain
        {
            private int _total;

            public async Task<int> AddAsync(int amount, CancellationToken cancellationToken)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                return _total += amount;
            }

            public ValueTask<string> DescribeAsync() =>
                new($"{context.GrainId.Key}={_total} ({(clock == TimeProvider.System ? "system clock" : "other clock")})");

            public ValueTask ResetAsync()
            {
                _total = 0;
                return ValueTask.CompletedTask;
            }

            public Task FailAsync(string message) => throw new InvalidOperationException(message);
        }
        """;

    private static readonly GrainId CounterId = GrainId.Create(new GrainType("counter"), "c1");

    // Compiled once: grain type names are process-wide, so two loaded copies would compete for "counter".
    private static readonly Assembly Compiled = GeneratorHarness.CompileAndLoad(CounterGrainSource);
    private readonly TestCluster _cluster = new TestClusterBuilder().Build();

    public async ValueTask InitializeAsync()
    {
        // Registration happens in the generated module initializer, as when a grain assembly loads.
        RuntimeHelpers.RunModuleConstructor(Compiled.ManifestModule.ModuleHandle);
        await _cluster.DeployAsync();
    }

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task A_proxy_call_runs_the_grain_method_and_returns_its_result()
    {
        var counter = GetCounter();

        Assert.Equal(5, await CallAsync(counter, "AddAsync", 5, CancellationToken.None));
        Assert.Equal(7, await CallAsync(counter, "AddAsync", 2, CancellationToken.None));
        Assert.Equal("c1=7 (system clock)", await CallAsync(counter, "DescribeAsync"));

        await CallAsync(counter, "ResetAsync");
        Assert.Equal("c1=0 (system clock)", await CallAsync(counter, "DescribeAsync"));
    }

    [Fact]
    public async Task An_exception_thrown_by_the_grain_reaches_the_caller_with_its_type_and_message()
    {
        var counter = GetCounter();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CallAsync(counter, "FailAsync", "no points left"));
        Assert.Equal("no points left", exception.Message);
    }

    [Fact]
    public async Task The_cancellation_token_is_passed_through_to_the_grain()
    {
        var counter = GetCounter();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => CallAsync(counter, "AddAsync", 1, new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task Each_request_carries_its_method_descriptor_and_targets_the_proxy_grain()
    {
        Assert.True(GrainTypeManifest.TryGetProxyFactory(CounterInterface, out var createProxy));
        var invoker = new RecordingInvoker();
        var counter = createProxy(invoker, CounterId);

        await Assert.ThrowsAsync<NotSupportedException>(() => CallAsync(counter, "DescribeAsync"));

        var (target, method) = Assert.Single(invoker.Sent);
        Assert.Equal(CounterId, target.GrainId);
        Assert.Same(counter, target);
        Assert.Equal(new GrainMethod("RoundTrip.ICounterGrain", "DescribeAsync", GrainMethodOptions.ReadOnly, TimeSpan.FromSeconds(2)), method);
    }

    // The test cannot name the compiled interface, so it calls the generic GetGrain through reflection.
    private object GetCounter() =>
        typeof(IGrainFactory).GetMethod(nameof(IGrainFactory.GetGrain), [typeof(GrainId)])!
            .MakeGenericMethod(CounterInterface)
            .Invoke(_cluster.GrainFactory, [CounterId])!;

    private static Type CounterInterface => Compiled.GetType("RoundTrip.ICounterGrain", throwOnError: true)!;

    /// <summary>Calls an interface method of the proxy (the test cannot name the compiled interface) and awaits it.</summary>
    private static async Task<object?> CallAsync(object proxy, string methodName, params object?[] arguments)
    {
        var returned = CounterInterface.GetMethod(methodName)!.Invoke(proxy, arguments)!;
        var task = returned as Task ?? (Task)returned.GetType().GetMethod("AsTask")!.Invoke(returned, null)!;
        await task;
        return task.GetType().IsGenericType && task.GetType().GetGenericArguments()[0].IsVisible
            ? task.GetType().GetProperty("Result")!.GetValue(task)
            : null;
    }
}
