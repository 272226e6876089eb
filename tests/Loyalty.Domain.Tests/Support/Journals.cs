using System.Text.Json;
using Loyalty.Domain.Events;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Tests.Support;

/// <summary>Journals in their stored JSON form.</summary>
internal static class Journals
{
    public static string Of(IReadOnlyList<IMemberEvent> events) => JsonSerializer.Serialize(events, DomainJsonContext.Default.IReadOnlyListIMemberEvent);

    public static IReadOnlyList<IMemberEvent> Parse(string json) => JsonSerializer.Deserialize(json, DomainJsonContext.Default.IReadOnlyListIMemberEvent)!;
}
