using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Runtime.Tests;

/// <summary>
/// Starts a one-silo <see cref="TestCluster"/> with in-memory storage ("store") and reminders; what the silo logs is kept
/// for tests to read (<c>cluster.Services.GetFakeLogCollector()</c>).
/// </summary>
internal static class Silo
{
    /// <summary>Starts the silo; <paramref name="storage"/>, when given, serves "store" instead of the in-memory provider.</summary>
    public static async Task<TestCluster> StartAsync(Action<SiloOptions>? options = null, TimeProvider? time = null, IGrainStorage? storage = null)
    {
        var cluster = new TestClusterBuilder()
            .ConfigureServices(services =>
            {
                services.AddFakeLogging();
                if (time is not null)
                {
                    services.AddSingleton(time);
                }
            })
            .ConfigureSilo(silo =>
            {
                silo.AddMemoryReminderTable();
                if (storage is null)
                {
                    silo.AddMemoryGrainStorage("store");
                }
                else
                {
                    silo.Services.AddKeyedSingleton("store", storage);
                }

                silo.Configure(o =>
                {
                    o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(10);
                    options?.Invoke(o);
                });
            })
            .Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>Polls <paramref name="condition"/> every 10 ms for at most 5 s.</summary>
    public static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        return condition();
    }
}
