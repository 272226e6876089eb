using System.Text.Json;
using System.Text.Json.Nodes;
using Loyalty.Domain.Evaluation;
using Loyalty.Domain.Events;
using Loyalty.Domain.Members;
using Loyalty.Domain.Serialization;
using Loyalty.Domain.Tests.Support;

namespace Loyalty.Domain.Tests.Members;

public sealed class EventSerializationTests
{
    [Fact]
    public void Every_event_kind_survives_the_journal_format_unchanged()
    {
        var member = Scenarios.EveryEventKind();
        var json = JsonSerializer.Serialize<IReadOnlyList<IMemberEvent>>(member.Journal, DomainJsonContext.Default.IReadOnlyListIMemberEvent);

        var events = JsonSerializer.Deserialize(json, DomainJsonContext.Default.IReadOnlyListIMemberEvent)!;

        Assert.Equal(json, JsonSerializer.Serialize(events, DomainJsonContext.Default.IReadOnlyListIMemberEvent));
        Assert.Equal(Snapshots.Of(member.State), Snapshots.Of(MemberEvolver.Replay(MemberState.Empty, events)));
        var kinds = typeof(IMemberEvent).Assembly.GetTypes().Where(t => t.IsClass && typeof(IMemberEvent).IsAssignableFrom(t));
        Assert.All(kinds, kind => Assert.Contains(events, e => e.GetType() == kind));
    }

    [Fact]
    public void A_purchase_event_carries_its_challenge_advances_naming_lines_only_when_some_did_not_count()
    {
        var member = MemberHarness.Enrolled(Challenges.Challenges.Program(Challenges.Challenges.Spend(1_000m, "fresh"), Challenges.Challenges.Visits(10)));
        member.Buy(("fresh", 60m), ("toys", 5m));
        member.Program = ProgramCompiler.Compile(TestPrograms.Plain);
        member.Buy(("fresh", 60m));

        var purchases = member.Journal.OfType<PurchaseRecorded>().Select(e => JsonNode.Parse(Journals.Of([e]))![0]!).ToArray();

        var advances = purchases[0]["challenges"]!.AsArray();
        Assert.Equal("""{"challengeId":"spend","kind":"Spend","progress":60,"goal":1000,"lineIds":["l1"]}""", advances[0]!.ToJsonString());
        Assert.Equal("""{"challengeId":"visits","kind":"Visits","progress":1,"goal":10}""", advances[1]!.ToJsonString());
        Assert.Null(purchases[1]["challenges"]);
        Assert.Single(member.Journal, e => e is PurchaseRecorded { Challenges: null });
    }

    [Fact]
    public void Events_carry_a_type_discriminator()
    {
        var json = JsonSerializer.Serialize<IMemberEvent>(new HoldExpired(Baskets.Monday10, "h1"), DomainJsonContext.Default.IMemberEvent);

        Assert.StartsWith("{\"type\":\"HoldExpired\"", json, StringComparison.Ordinal);
    }
}
