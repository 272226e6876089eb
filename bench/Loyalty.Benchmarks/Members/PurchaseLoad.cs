using System.Diagnostics;
using System.Globalization;
using Loyalty.Domain.Commands;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Members;
using Loyalty.Domain.Programs;
using Loyalty.Grains;
using Loyalty.Grains.Hosting;
using Loyalty.Grains.Members;
using Loyalty.Grains.Programs;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Testing;

namespace Loyalty.Benchmarks.Members;

/// <summary>
/// Member-grain purchases end to end on one silo with the in-memory journal: enroll N members, then
/// every member buys in a loop for the given time (a 3-line basket under the example program).
/// Verb: <c>purchases [members] [seconds]</c>.
/// </summary>
public static class PurchaseLoad
{
    public static async Task RunAsync(string[] args)
    {
        var members = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
        var seconds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10;
        await using var cluster = new TestClusterBuilder()
            .ConfigureSilo(silo => silo.AddLoyaltyGrains().AddMemoryGrainStorage(LoyaltyStorage.Name).AddMemoryJournal().AddMemoryReminderTable())
            .Build();
        await cluster.DeployAsync();
        await cluster.GrainFactory.GetGrain<IProgramGrain>("default").PublishAsync(ExamplePrograms.Default);
        var grains = await Task.WhenAll(Enumerable.Range(0, members).Select(async i =>
        {
            var grain = cluster.GrainFactory.GetGrain<IMemberGrain>($"m{i}");
            await grain.EnrollAsync(new EnrollMember($"enroll-m{i}", $"m{i}", MemberProfile.Empty));
            return grain;
        }));

        var counts = new long[members];
        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(grains.Select((grain, m) => Task.Run(async () =>
        {
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var outcome = await grain.PurchaseAsync(Basket($"m{m}-t{n}"));
                counts[m] += outcome.IsRejected ? 0 : 1;

                // A purchase that completes synchronously would let one member's loop hold a thread
                // for the whole run; yielding makes every member a concurrent buyer.
                await Task.Yield();
            }
        })));

        var total = counts.Sum();
        Console.WriteLine($"members={members} duration={clock.Elapsed.TotalSeconds:F1}s cores={Environment.ProcessorCount}");
        Console.WriteLine($"purchases={total:N0} throughput={total / clock.Elapsed.TotalSeconds:N0} purchases/s");
    }

    private static RecordPurchase Basket(string transactionId) => new(
        transactionId,
        new Purchase(DateTimeOffset.UtcNow, "store-1", "store", null, "EUR",
        [
            new PurchaseLine("1", "BREAD", "bakery", 2, 3.80m),
            new PurchaseLine("2", "APPLES", "fresh", 1, 2.49m),
            new PurchaseLine("3", "COFFEE-BEANS-1KG", "coffee", 1, 14.99m),
        ]));
}
