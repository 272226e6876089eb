using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Tests.Journaling;

/// <summary>Writing an event far larger than the payload pool's arrays costs a few copies of it, not one per few KB.</summary>
public sealed class LargeEventPayloadTests
{
    public sealed record Scores(IReadOnlyList<int> Values);

    private static readonly GrainId Board = GrainId.Create(new GrainType("leaderboard"), "large");

    [Fact]
    public async Task An_event_of_a_megabyte_allocates_a_small_multiple_of_its_size_to_be_written()
    {
        // About twice a leaderboard write of 10,000 changed members, written by the JSON writer in small steps.
        var scores = new Scores([.. Enumerable.Range(1_000_000, 150_000)]);
        var journal = new InMemoryEventJournal();
        var state = new JournaledState<int, Scores>(
            Board, journal, new JsonGrainSerializer(), static () => 0, static (count, e) => count + e.Values.Count, new JournaledStateOptions { SnapshotInterval = 0 });
        await state.AppendAsync(new Scores([1]), cancellationToken: TestContext.Current.CancellationToken); // warms the serializer's metadata

        // The in-memory journal appends synchronously, so everything the write allocates is this thread's.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var append = state.AppendAsync(scores, cancellationToken: TestContext.Current.CancellationToken);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        await append;

        var payload = (await journal.ReadAsync(Board, TestContext.Current.CancellationToken)).Events[^1].Payload.Length;
        Assert.InRange(payload, 1_000_000, 2_000_000);
        // Growing the buffer by what the writer asks for each time (a few KB) copied the whole payload hundreds of times:
        // about 140 MB for this event. Doubling allocates each size once up to twice the payload (about 4.5 times the
        // payload in all, with the copy the journal keeps).
        Assert.InRange(allocated, payload, 6L * payload);
        Assert.Equal(150_001, state.State);
    }
}
