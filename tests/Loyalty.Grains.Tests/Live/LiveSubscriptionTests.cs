using System.Collections.Concurrent;
using Loyalty.Grains.Live;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Live;

/// <summary>
/// The subscription registry: a member's events go to the silos that subscribed and renewed, through the silo's
/// notifier, and to nobody once a lease runs out.
/// </summary>
public sealed class LiveSubscriptionTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_subscribed_silo_receives_the_members_events_from_the_version_it_was_given_and_no_one_elses()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var (silo, observer) = Observer(cluster);
        var ada = await cluster.EnrolledMemberAsync("live-ada");
        var bob = await cluster.EnrolledMemberAsync("live-bob");

        var from = await ada.WatchAsync(observer, Lease);
        await ada.PurchaseAsync(LoyaltySilo.Groceries("a-1", 10m, _time.GetUtcNow()));
        await bob.PurchaseAsync(LoyaltySilo.Groceries("b-1", 10m, _time.GetUtcNow()));
        await ada.PurchaseAsync(LoyaltySilo.Groceries("a-2", 12m, _time.GetUtcNow()));
        var received = await silo.ReceiveAsync(2);

        Assert.Equal(["a-1", "a-2"], received.Select(e => e.Result!.TransactionId));
        Assert.All(received, e => Assert.Equal("live-ada", e.MemberId));
        Assert.Equal(from, received[0].PreviousSequence);
        Assert.Equal(received[0].Sequence, received[1].PreviousSequence);
    }

    [Fact]
    public async Task A_lease_that_is_not_renewed_runs_out_and_a_renewed_one_does_not()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var (lapsing, lapsingObserver) = Observer(cluster);
        var (renewing, renewingObserver) = Observer(cluster);
        var ada = await cluster.EnrolledMemberAsync("lease-ada");
        await ada.WatchAsync(lapsingObserver, Lease);
        await ada.WatchAsync(renewingObserver, Lease);

        await ada.PurchaseAsync(LoyaltySilo.Groceries("l-1", 10m, _time.GetUtcNow()));
        _time.Advance(TimeSpan.FromSeconds(40));
        await ada.WatchAsync(renewingObserver, Lease);
        _time.Advance(TimeSpan.FromSeconds(40)); // 80 s: the first lease ran out, the renewed one has 20 s left
        await ada.PurchaseAsync(LoyaltySilo.Groceries("l-2", 10m, _time.GetUtcNow()));
        await cluster.Services.GetRequiredService<MemberLiveNotifier>().FlushAsync();
        var renewedGot = await renewing.ReceiveAsync(2);
        await lapsing.ReceiveAsync(1);

        Assert.Equal(["l-1"], lapsing.Received.Select(e => e.Result!.TransactionId));
        Assert.Equal(["l-1", "l-2"], renewedGot.Select(e => e.Result!.TransactionId));
    }

    [Fact]
    public async Task Events_of_many_members_reach_a_silo_in_fewer_batches_than_events_each_member_in_order()
    {
        await using var cluster = await LoyaltySilo.StartAsync(_time);
        var (silo, observer) = Observer(cluster);
        var members = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => cluster.EnrolledMemberAsync($"batch-{i}")));
        await Task.WhenAll(members.Select(m => m.WatchAsync(observer, Lease)));

        await Task.WhenAll(members.Select(async (member, i) =>
        {
            for (var n = 0; n < 10; n++)
            {
                await member.PurchaseAsync(LoyaltySilo.Groceries($"t-{i}-{n}", 5m + n, _time.GetUtcNow()));
            }
        }));
        var received = await silo.ReceiveAsync(200);

        Assert.True(silo.Batches < 200, $"{silo.Batches} batches for 200 events");
        Assert.All(received.GroupBy(e => e.MemberId), events =>
            Assert.Equal(Enumerable.Range(0, 10).Select(n => $"t-{events.Key[6..]}-{n}"), events.Select(e => e.Result!.TransactionId)));
    }

    private static (RecordingSilo Silo, ILiveSiloObserver Reference) Observer(TestCluster cluster)
    {
        var silo = new RecordingSilo();
        return (silo, cluster.GrainFactory.CreateObjectReference<ILiveSiloObserver>(silo));
    }

    /// <summary>Stands in for a silo's hub: records what arrives.</summary>
    private sealed class RecordingSilo : ILiveSiloObserver
    {
        private readonly ConcurrentQueue<MemberLiveEvent> _received = new();
        private int _batches;

        public IReadOnlyList<MemberLiveEvent> Received => [.. _received];

        public int Batches => Volatile.Read(ref _batches);

        public Task OnMemberEventsAsync(IReadOnlyList<MemberLiveEvent> events)
        {
            Interlocked.Increment(ref _batches);
            foreach (var memberEvent in events)
            {
                _received.Enqueue(memberEvent);
            }

            return Task.CompletedTask;
        }

        public async Task<IReadOnlyList<MemberLiveEvent>> ReceiveAsync(int count)
        {
            for (var attempt = 0; attempt < 500 && _received.Count < count; attempt++)
            {
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }

            Assert.Equal(count, _received.Count);
            return Received;
        }
    }
}
