using Loyalty.Runtime.Journaling;

namespace Loyalty.Runtime.Tests.Journaling;

public sealed class InMemoryJournaledStateTests
{
    public sealed record Earned(int Points);

    private static readonly JsonGrainSerializer Serializer = new();
    private static readonly GrainId Member = GrainId.Create(new GrainType("member"), "m-1");

    private static JournaledState<List<int>, Earned> State(IEventJournal journal, int snapshotInterval) =>
        new(Member, journal, Serializer, () => [], (list, e) => [.. list, e.Points], new JournaledStateOptions { SnapshotInterval = snapshotInterval });

    [Fact]
    public async Task A_reactivated_state_equals_the_state_that_wrote_the_events()
    {
        var journal = new InMemoryEventJournal();
        var writer = State(journal, snapshotInterval: 4);
        await writer.ReadAsync(TestContext.Current.CancellationToken);
        for (var i = 1; i <= 11; i++)
        {
            await writer.AppendAsync(new Earned(i), cancellationToken: TestContext.Current.CancellationToken);
        }

        var reactivated = State(journal, snapshotInterval: 4);
        await reactivated.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(1, 11), reactivated.State);
        Assert.Equal(11, reactivated.Version);
        Assert.Equal(8, (await journal.ReadAsync(Member, TestContext.Current.CancellationToken)).Snapshot!.Sequence);
    }

    [Fact]
    public async Task A_state_that_cannot_be_serialized_goes_without_a_snapshot_and_the_append_still_succeeds()
    {
        var journal = new InMemoryEventJournal();
        var state = new JournaledState<List<int>, Earned>(
            Member, journal, new StatesRefused(), () => [], (list, e) => [.. list, e.Points], new JournaledStateOptions { SnapshotInterval = 1 });

        await state.AppendAsync(new Earned(7), cancellationToken: TestContext.Current.CancellationToken);
        await state.AppendAsync(new Earned(8), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([7, 8], state.State);
        Assert.Null((await journal.ReadAsync(Member, TestContext.Current.CancellationToken)).Snapshot);
    }

    // Serializes events, refuses states: as a state holding a type the serializer cannot write would.
    private sealed class StatesRefused : IGrainSerializer
    {
        public byte[] Serialize<T>(T value) =>
            value is List<int> ? throw new GrainSerializationException("states are refused here", new NotSupportedException()) : Serializer.Serialize(value);

        public T Deserialize<T>(ReadOnlySpan<byte> data) => Serializer.Deserialize<T>(data);
    }

    [Fact]
    public async Task A_duplicate_request_is_rejected_and_changes_nothing()
    {
        var journal = new InMemoryEventJournal();
        var state = State(journal, snapshotInterval: 0);
        var request = new IdempotencyRecord("tx-1", "h", "{}"u8.ToArray());
        await state.AppendAsync(new Earned(5), request, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<DuplicateRequestException>(() => state.AppendAsync(new Earned(5), request, TestContext.Current.CancellationToken));

        Assert.Equal([5], state.State);
        Assert.Equal(1, state.Version);
    }

    [Fact]
    public async Task A_state_decided_with_the_events_is_adopted_once_durable_and_replays_the_same()
    {
        var journal = new InMemoryEventJournal();
        var writer = State(journal, snapshotInterval: 0);
        Earned[] events = [new(3), new(4)];
        List<int> decided = [3, 4];

        await writer.AppendAsync(events, decided, null, TestContext.Current.CancellationToken);
        var reactivated = State(journal, snapshotInterval: 0);
        await reactivated.ReadAsync(TestContext.Current.CancellationToken);

        Assert.Same(decided, writer.State); // adopted, not rebuilt
        Assert.Equal(decided, reactivated.State);
        Assert.Equal(2, writer.Version);
    }

    [Fact]
    public async Task A_decided_state_is_not_adopted_when_the_append_fails()
    {
        var journal = new InMemoryEventJournal();
        var state = State(journal, snapshotInterval: 0);
        var request = new IdempotencyRecord("tx-1", "h", "{}"u8.ToArray());
        await state.AppendAsync(new Earned(5), request, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<DuplicateRequestException>(() => state.AppendAsync([new Earned(5)], [5, 5], request, TestContext.Current.CancellationToken));

        Assert.Equal([5], state.State);
    }

    // Each small event adds a hundred entries: with an interval of 1, only the events' weight spaces the snapshots.
    [Fact]
    public async Task A_snapshot_waits_until_the_events_since_the_last_one_weigh_as_much_as_it()
    {
        var journal = new InMemoryEventJournal();
        JournaledState<List<int>, Earned> HundredEach() =>
            new(Member, journal, Serializer, () => [], (list, e) => [.. list, .. Enumerable.Repeat(e.Points, 100)], new JournaledStateOptions { SnapshotInterval = 1 });
        var state = HundredEach();
        await state.ReadAsync(TestContext.Current.CancellationToken);
        for (var i = 1; i <= 40; i++)
        {
            await state.AppendAsync(new Earned(i), cancellationToken: TestContext.Current.CancellationToken);
        }

        var stream = await journal.ReadAsync(Member, TestContext.Current.CancellationToken);

        Assert.InRange(stream.Snapshot!.Sequence, 1, 39);
        Assert.InRange(stream.Events.Sum(e => e.Payload.Length), 1, stream.Snapshot.State.Length);
        var reactivated = HundredEach();
        await reactivated.ReadAsync(TestContext.Current.CancellationToken);
        Assert.Equal(state.State, reactivated.State);
    }
}
