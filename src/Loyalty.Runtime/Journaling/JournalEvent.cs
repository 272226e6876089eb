namespace Loyalty.Runtime.Journaling;

/// <summary>One stored event of a grain's stream.</summary>
/// <param name="Sequence">Position in the grain's stream, starting at 1, without gaps.</param>
/// <param name="EventType">The event's type name, as the grain's serializer wrote it.</param>
/// <param name="Payload">The serialized event.</param>
public sealed record JournalEvent(long Sequence, string EventType, ReadOnlyMemory<byte> Payload);
