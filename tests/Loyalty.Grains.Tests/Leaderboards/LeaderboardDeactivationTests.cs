using Loyalty.Grains.Leaderboards;
using Loyalty.Runtime;
using Loyalty.Runtime.Hosting;
using Loyalty.Runtime.Journaling;
using Loyalty.Runtime.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Loyalty.Grains.Tests.Leaderboards;

/// <summary>A board's last write on deactivation stops when the deactivation's time is up.</summary>
public sealed class LeaderboardDeactivationTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_write_still_waiting_when_the_deactivation_times_out_is_cancelled()
    {
        var journal = new StallingJournal(new InMemoryEventJournal());
        await using var cluster = await LoyaltySilo.StartAsync(
            _time,
            silo => silo.AddMemoryGrainStorage(LoyaltyStorage.Name).AddMemoryReminderTable(),
            services => services.AddSingleton<IEventJournal>(journal));
        var board = cluster.GrainFactory.GetGrain<ILeaderboardGrain>("stalled");
        await board.SubmitAsync([new LeaderboardScore("ada", 10, 1)]);

        var deactivation = cluster.DeactivateAllAsync();
        await journal.AppendStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        _time.Advance(new SiloOptions().DeactivationTimeout + TimeSpan.FromSeconds(1));
        await deactivation.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Before, the write ran on with no token after the runtime stopped waiting for it.
        Assert.True(await journal.AppendCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
    }

    // The in-memory journal, except that a board's append waits until its caller gives up.
    private sealed class StallingJournal(IEventJournal inner) : IEventJournal
    {
        public TaskCompletionSource AppendStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> AppendCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task AppendAsync(JournalAppend append, CancellationToken cancellationToken = default)
        {
            if (!append.GrainId.Key.Equals("stalled", StringComparison.Ordinal))
            {
                await inner.AppendAsync(append, cancellationToken);
                return;
            }

            AppendStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                AppendCancelled.TrySetResult(true);
                throw;
            }
        }

        public Task<JournalStream> ReadAsync(GrainId grainId, CancellationToken cancellationToken = default) => inner.ReadAsync(grainId, cancellationToken);

        public Task WriteSnapshotAsync(GrainId grainId, JournalSnapshot snapshot, CancellationToken cancellationToken = default) =>
            inner.WriteSnapshotAsync(grainId, snapshot, cancellationToken);

        public Task<IReadOnlyList<JournalEvent>> ReadBackwardAsync(
            GrainId grainId, long beforeSequence, int limit, string? eventType = null, CancellationToken cancellationToken = default) =>
            inner.ReadBackwardAsync(grainId, beforeSequence, limit, eventType, cancellationToken);

        public Task DeleteEventsBeforeSnapshotAsync(GrainId grainId, long sequence, CancellationToken cancellationToken = default) =>
            inner.DeleteEventsBeforeSnapshotAsync(grainId, sequence, cancellationToken);

        public Task<IdempotencyRecord?> FindIdempotencyRecordAsync(GrainId grainId, string key, CancellationToken cancellationToken = default) =>
            inner.FindIdempotencyRecordAsync(grainId, key, cancellationToken);
    }
}
