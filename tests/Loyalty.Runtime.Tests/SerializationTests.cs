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

    [Fact]
    public void Unreadable_bytes_fail_with_an_error_naming_the_expected_type()
    {
        var failure = Assert.Throws<GrainSerializationException>(() => _serializer.Deserialize<Sample>("{not json"u8));

        Assert.Contains(nameof(Sample), failure.Message);
    }

    public sealed record Sample(string Name, int Count, IReadOnlyList<decimal> Amounts);

    public sealed record WithDelegate(Func<int> Compute);
}
