using System.Buffers;
using CommunityToolkit.HighPerformance.Buffers;

namespace Loyalty.Runtime.Journaling;

/// <summary>
/// Writes into a pooled buffer that about doubles whenever it must grow. The pooled writer alone grows to exactly what is
/// asked for up to 1 MB (powers of two only past that), and the JSON writer asks for a few KB at a time: between the
/// 64 KB arrays the event pool keeps and 1 MB, each step was a new array and a copy of everything written so far (a
/// 1.2 MB event allocated 137 MB; a 10,000-member leaderboard write of some 650 KB, about 50 MB).
/// </summary>
internal sealed class DoublingBufferWriter(ArrayPoolBufferWriter<byte> buffer) : IBufferWriter<byte>
{
    public void Advance(int count) => buffer.Advance(count);

    public Memory<byte> GetMemory(int sizeHint = 0) => buffer.GetMemory(Grown(sizeHint));

    public Span<byte> GetSpan(int sizeHint = 0) => buffer.GetSpan(Grown(sizeHint));

    // Enough room: the hint as given. Too little: ask for as much again as the buffer holds (the pooled writer then makes
    // room for what is written plus that), so a payload of n bytes costs about log n copies.
    private int Grown(int sizeHint) => buffer.FreeCapacity >= Math.Max(sizeHint, 1) ? sizeHint : Math.Max(sizeHint, buffer.Capacity);
}
