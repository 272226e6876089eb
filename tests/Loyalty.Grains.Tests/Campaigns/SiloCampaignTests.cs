using System.Collections.Concurrent;
using Loyalty.Domain.Campaigns;
using Loyalty.Grains.Campaigns;
using Loyalty.Runtime;

namespace Loyalty.Grains.Tests.Campaigns;

/// <summary>
/// A silo's lease when the campaign grain's answers fail: the awards a failed refill request carried are never lost,
/// whether the lease is still open (the next request carries them) or was closed meanwhile (they go back on their own).
/// </summary>
public sealed class SiloCampaignTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly CampaignReport OnePurchase = new(10, 1, 1, 5m);

    [Fact]
    public async Task A_refill_that_fails_after_the_lease_closed_sends_its_awards_back_on_their_own()
    {
        var grain = new ScriptedCampaignGrain();
        var lease = await LeaseHoldingAsync(grain, 100);
        lease.Commit(10, newParticipant: true, spend: 5m);

        Assert.Equal(60, lease.Take(60));                      // below half a slice: a refill goes out, carrying the award
        var (unused, unreported) = lease.Close();
        grain.FailNext();

        Assert.Equal((40, CampaignReport.None), (unused, unreported));
        Assert.Equal(OnePurchase, grain.Requests[^1]);
        Assert.True(await Campaigns.EventuallyAsync(() => Task.FromResult(grain.Returned.Contains((0L, OnePurchase)))));
    }

    [Fact]
    public async Task A_refill_that_fails_while_the_lease_is_open_leaves_its_awards_for_the_next_request()
    {
        var grain = new ScriptedCampaignGrain();
        var lease = await LeaseHoldingAsync(grain, 100);
        lease.Commit(10, newParticipant: true, spend: 5m);

        Assert.Equal(60, lease.Take(60));
        var refill = lease.RefillAsync();                      // the request in flight
        grain.FailNext();
        await Assert.ThrowsAsync<TimeoutException>(() => refill);
        Assert.Equal(OnePurchase, lease.Unreported);

        var next = lease.RefillAsync();                        // still low: a new request, carrying the award again
        grain.Grant(new CampaignLeaseGrant(100, false));
        await next;
        Assert.Equal(OnePurchase, grain.Requests[^1]);
        Assert.Equal(CampaignReport.None, lease.Unreported);
        Assert.Empty(grain.Returned);
    }

    // A lease that received one grant of the given size and nothing else.
    private static async Task<SiloCampaign> LeaseHoldingAsync(ScriptedCampaignGrain grain, long points)
    {
        var definition = new CampaignDefinition("flash", Now, Now.AddDays(1), CampaignTargeting.Everyone, CampaignEffect.Bonus(10), 10_000);
        var lease = new SiloCampaign("c", definition, new OneGrainFactory(grain));
        Assert.Equal(0, lease.Take(1));
        var first = lease.RefillAsync();
        grain.Grant(new CampaignLeaseGrant(points, false));
        await first;
        return lease;
    }

    // Answers each lease request when the test says so; records what was asked and given back.
    private sealed class ScriptedCampaignGrain : ICampaignGrain
    {
        private readonly ConcurrentQueue<TaskCompletionSource<CampaignLeaseGrant>> _pending = new();

        public List<CampaignReport> Requests { get; } = [];

        public ConcurrentBag<(long Points, CampaignReport Report)> Returned { get; } = [];

        public Task<CampaignLeaseGrant> AcquireLeaseAsync(CampaignReport report)
        {
            lock (Requests)
            {
                Requests.Add(report);
            }

            var answer = new TaskCompletionSource<CampaignLeaseGrant>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending.Enqueue(answer);
            return answer.Task;
        }

        public Task ReturnLeaseAsync(long points, CampaignReport report)
        {
            Returned.Add((points, report));
            return Task.CompletedTask;
        }

        public void Grant(CampaignLeaseGrant grant) => Next().SetResult(grant);

        public void FailNext() => Next().SetException(new TimeoutException("The campaign grain did not answer."));

        public Task<CampaignChange> DefineAsync(CampaignDefinition definition) => throw new NotSupportedException();

        public Task<CampaignStatus> ScheduleAsync() => throw new NotSupportedException();

        public Task<CampaignStatus> LaunchAsync() => throw new NotSupportedException();

        public Task<CampaignStatus> StopAsync() => throw new NotSupportedException();

        public Task<CampaignStatus?> GetStatusAsync() => throw new NotSupportedException();

        // The lease sends its requests from the thread pool: wait (at most 30 s, for a loaded machine) until the one to
        // answer has arrived.
        private TaskCompletionSource<CampaignLeaseGrant> Next()
        {
            for (var attempt = 0; attempt < 3_000; attempt++)
            {
                if (_pending.TryDequeue(out var answer))
                {
                    return answer;
                }

                Thread.Sleep(10);
            }

            throw new TimeoutException("The lease sent no request.");
        }
    }

    private sealed class OneGrainFactory(ICampaignGrain grain) : IGrainFactory
    {
        public TGrainInterface GetGrain<TGrainInterface>(string primaryKey)
            where TGrainInterface : IGrainWithStringKey => (TGrainInterface)grain;

        public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey)
            where TGrainInterface : IGrainWithGuidKey => throw new NotSupportedException();

        public TGrainInterface GetGrain<TGrainInterface>(long primaryKey)
            where TGrainInterface : IGrainWithIntegerKey => throw new NotSupportedException();

        public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
            where TGrainInterface : IAddressable => throw new NotSupportedException();

        public TObserver CreateObjectReference<TObserver>(TObserver observer)
            where TObserver : class, IGrainObserver => throw new NotSupportedException();

        public void DeleteObjectReference<TObserver>(TObserver reference)
            where TObserver : class, IGrainObserver => throw new NotSupportedException();
    }
}
