using System.Buffers;

namespace Loyalty.Runtime.Journaling;

/// <summary>
/// The arrays appends serialize their events into, lent to the journal until each append completes: an array per
/// event had been a fifth of everything a purchase allocates. A pool of its own, since appends waiting for a group
/// commit hold a few hundred arrays at once, more than the shared pool keeps per size. Arrays up to
/// <see cref="LargestPooled"/> only, and at most <see cref="ArraysPerSize"/> of each size, because this pool never
/// gives memory back: a larger append (a rare one) gets an array of its own.
/// </summary>
internal static class EventPayloadPool
{
    public const int LargestPooled = 64 * 1024;
    public const int ArraysPerSize = 512;

    public static ArrayPool<byte> Arrays { get; } = ArrayPool<byte>.Create(LargestPooled, ArraysPerSize);
}
