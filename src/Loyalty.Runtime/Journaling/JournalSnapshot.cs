namespace Loyalty.Runtime.Journaling;

/// <summary>A grain's serialized state as of <paramref name="Sequence"/>; replay continues after it.</summary>
public sealed record JournalSnapshot(long Sequence, ReadOnlyMemory<byte> State);
