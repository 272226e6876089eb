using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Serialization;

/// <summary>
/// Journals and snapshots as earlier versions wrote them, checked in so format drift cannot hide behind a round trip
/// through the current code: <see cref="Scenarios.EveryEventKind"/> from before challenge advances moved into
/// <see cref="PurchaseRecorded"/> (commit fe8fbeb), and <see cref="Scenarios.CampaignsOnDebt"/> from before campaign
/// awards did (6a0aae1: a <see cref="CampaignBonusesAwarded"/> after the points, its lots repaying debt after theirs).
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
    public void Campaign_awards_the_previous_version_wrote_after_the_points_replay_to_its_state_and_balance_as_they_do_now()
    {
        var journal = Journals.Parse(Fixture("campaigns-on-debt.journal.json"));

        var replayed = MemberEvolver.Replay(MemberState.Empty, journal);

        Assert.Contains(journal, e => e is CampaignBonusesAwarded { Awards: [{ Lot.DebtRepaid: > 0 }, ..] });
        Assert.Contains(journal, e => e is PurchaseReturned { LineIds: ["l2"] });
        Assert.True(JsonNode.DeepEquals(WithoutKeptResults(Fixture("campaigns-on-debt.snapshot.json")), WithoutKeptResults(Snapshots.Of(replayed))));

        // Today's decisions credit the same points in another order: the lots differ, what the member holds does not.
        var now = Scenarios.CampaignsOnDebt().State;
        Assert.Equal((replayed.Points, replayed.Cashback), (now.Points, now.Cashback));
        Assert.Equal(replayed.CampaignPoints.OrderBy(p => p.Key), now.CampaignPoints.OrderBy(p => p.Key));
        Assert.Equal(replayed.Lots.AsSpan().ToArray().Sum(lot => lot.Remaining), now.Lots.AsSpan().ToArray().Sum(lot => lot.Remaining));
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
