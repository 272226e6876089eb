using System.Buffers;

namespace Loyalty.Runtime;

/// <summary>
/// Turns values that cross a grain boundary or go to storage into bytes and back. Unsupported
/// types fail with <see cref="GrainSerializationException"/> naming the type.
/// </summary>
public interface IGrainSerializer
{
    /// <summary>Serializes <paramref name="value"/> as <typeparamref name="T"/>.</summary>
    byte[] Serialize<T>(T value);

    /// <summary>Serializes <paramref name="value"/> into <paramref name="destination"/>: pooled memory, for a journal append's events and snapshots.</summary>
    void Serialize<T>(T value, IBufferWriter<byte> destination) => destination.Write(Serialize(value));

    /// <summary>Deserializes a <typeparamref name="T"/>.</summary>
    T Deserialize<T>(ReadOnlySpan<byte> data);
}
