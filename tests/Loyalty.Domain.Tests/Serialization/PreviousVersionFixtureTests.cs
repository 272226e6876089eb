using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Serialization;

/// <summary>
/// The journal and snapshot of <see cref="Scenarios.EveryEventKind"/> as the version before challenge advances moved
/// into <see cref="PurchaseRecorded"/> wrote them (commit fe8fbeb), checked in so format drift cannot hide behind a
/// round trip through the current code.
/// </summary>
public sealed class PreviousVersionFixtureTests
{
    [Fact]
    public void A_journal_the_previous_version_wrote_replays_to_the_state_its_snapshot_holds()
    {
        var journal = Journals.Parse(Fixture("every-event-kind.journal.json"));

        var replayed = MemberEvolver.Replay(MemberState.Empty, journal);

        Assert.Contains(journal, e => e is ChallengeProgressed);
        Assert.True(JsonNode.DeepEquals(WithoutKeptResults(Fixture("every-event-kind.snapshot.json")), WithoutKeptResults(Snapshots.Of(replayed))));
    }

    [Fact]
    public void A_snapshot_the_previous_version_wrote_loads_and_is_written_back_unchanged()
    {
        var snapshot = Fixture("every-event-kind.snapshot.json");

        var loaded = JsonSerializer.Deserialize(snapshot, DomainJsonContext.Default.MemberState)!;

        Assert.NotEmpty(loaded.ChallengeStates);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(snapshot), JsonNode.Parse(Snapshots.Of(loaded))));
    }

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Fixtures", name));

    // The previous version kept 8 results in state, this one keeps fewer: the transactions and their hashes must agree.
    private static JsonObject WithoutKeptResults(string state)
    {
        var node = JsonNode.Parse(state)!.AsObject();
        node.Remove("recentResults");
        foreach (var (_, processed) in node["processed"]!.AsObject())
        {
            processed!.AsObject().Remove("result");
        }

        return node;
    }
}
