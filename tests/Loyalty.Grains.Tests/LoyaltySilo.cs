using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Members;
using Loyalty.Grains.Programs;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests;

/// <summary>A silo with the loyalty grains and the example program published.</summary>
internal static class LoyaltySilo
{
    public static async Task<TestCluster> StartAsync(ManualTimeProvider time, Action<ISiloBuilder>? persistence = null, Action<IServiceCollection>? services = null)
    {
        var cluster = new TestClusterBuilder()
            .ConfigureServices(collection =>
            {
                collection.AddSingleton<TimeProvider>(time);
                services?.Invoke(collection);
            })
            .ConfigureSilo(silo =>
            {
                silo.AddLoyaltyGrains();
                if (persistence is null)
                {
                    silo.AddMemoryGrainStorage(LoyaltyStorage.Name).AddMemoryJournal().AddMemoryReminderTable();
                }
                else
                {
                    persistence(silo);
                }
            })
            .Build();
        await cluster.DeployAsync();
        var program = cluster.GrainFactory.GetGrain<IProgramGrain>("default");
        if (await program.GetCurrentAsync() is null)
        {
            Assert.True((await program.PublishAsync(ExamplePrograms.Default)).Accepted);
        }

        return cluster;
    }

    public static async Task<IMemberGrain> EnrolledMemberAsync(this TestCluster cluster, string memberId)
    {
        var member = cluster.GrainFactory.GetGrain<IMemberGrain>(memberId);
        var enrolled = await member.EnrollAsync(new EnrollMember($"enroll-{memberId}", memberId, MemberProfile.Empty));
        Assert.False(enrolled.IsRejected, enrolled.Rejection?.Message);
        return member;
    }

    /// <summary>A weekday-morning grocery basket worth <paramref name="amount"/> EUR: base earn only.</summary>
    public static RecordPurchase Groceries(string transactionId, decimal amount, DateTimeOffset at) =>
        new(transactionId, new Purchase(at, "store-1", "store", null, "EUR", [new PurchaseLine("1", "BREAD", "bakery", 1, amount)]));
}
