namespace Loyalty.Runtime.Tests;

public sealed class SerializationTests
{
    private readonly JsonGrainSerializer _serializer = new();

    [Fact]
    public void Records_round_trip_through_the_grain_serializer()
    {
        var original = new Sample("ada", 42, [1.5m, 2.25m]);

        var copy = _serializer.Deserialize<Sample>(_serializer.Serialize(original));

        Assert.Equal(original.Name, copy.Name);
        Assert.Equal(original.Count, copy.Count);
        Assert.Equal(original.Amounts, copy.Amounts);
    }

    [Fact]
    public void A_type_that_cannot_cross_a_grain_boundary_fails_with_an_error_naming_it()
    {
        var failure = Assert.Throws<GrainSerializationException>(() => _serializer.Serialize(new WithDelegate(() => 1)));

        Assert.Contains(nameof(WithDelegate), failure.Message);
    }

    // The buffer overload reuses one JSON writer per thread: a failure half-way or another serializer in between must
    // not leak into the next value's bytes.
    [Fact]
    public void Values_written_into_buffers_one_after_another_on_a_thread_are_exactly_what_the_array_overload_writes()
    {
        var indented = new JsonGrainSerializer(new System.Text.Json.JsonSerializerOptions(JsonGrainSerializer.CreateDefaultOptions()) { WriteIndented = true });
        var sample = new Sample("ada", 42, [1.5m, 2.25m]);
        var other = new Sample("grace", 7, []);

        Assert.Throws<GrainSerializationException>(() => _serializer.Serialize(new WithDelegate(() => 1), new System.Buffers.ArrayBufferWriter<byte>()));
        var afterFailure = Written(_serializer, sample);
        var byOther = Written(indented, other);
        var again = Written(_serializer, other);

        Assert.Equal(_serializer.Serialize(sample), afterFailure);
        Assert.Equal(indented.Serialize(other), byOther);
        Assert.Contains((byte)'\n', byOther);
        Assert.Equal(_serializer.Serialize(other), again);
    }

    private static byte[] Written<T>(JsonGrainSerializer serializer, T value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        serializer.Serialize(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Unreadable_bytes_fail_with_an_error_naming_the_expected_type()
    {
        var failure = Assert.Throws<GrainSerializationException>(() => _serializer.Deserialize<Sample>("{not json"u8));

        Assert.Contains(nameof(Sample), failure.Message);
    }

    public sealed record Sample(string Name, int Count, IReadOnlyList<decimal> Amounts);

    public sealed record WithDelegate(Func<int> Compute);
}
