using System.Text.Json;
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
    public void Events_carry_a_type_discriminator()
    {
        var json = JsonSerializer.Serialize<IMemberEvent>(new HoldExpired(Baskets.Monday10, "h1"), DomainJsonContext.Default.IMemberEvent);

        Assert.StartsWith("{\"type\":\"HoldExpired\"", json, StringComparison.Ordinal);
    }
}
