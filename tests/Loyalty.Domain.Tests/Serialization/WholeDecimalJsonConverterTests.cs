using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Tests.Serialization;

public sealed class WholeDecimalJsonConverterTests
{
    private static readonly WholeDecimalJsonConverter Converter = new();

    [Fact]
    public void Any_decimal_is_written_exactly_as_the_default_writes_it_and_reads_back_equal()
    {
        // Every scale and sign over the whole 96-bit range, and small values, where whole numbers are common.
        var wide = Gen.Choose(0, 28).SelectMany(scale => Gen.Elements(true, false).SelectMany(negative =>
            Gen.Choose(int.MinValue, int.MaxValue).Three().Select(bits => new decimal(bits.Item1, bits.Item2, bits.Item3, negative, (byte)scale))));
        var small = Gen.Choose(-100_000, 100_000).SelectMany(units => Gen.Choose(0, 3).Select(scale => new decimal(units, 0, 0, false, (byte)scale) * (units < 0 ? -1 : 1)));
        var edges = Gen.Elements(0m, -0m, 0.0m, new decimal(0, 0, 0, true, 0), long.MaxValue, long.MinValue, (decimal)long.MaxValue + 1, (decimal)long.MinValue - 1, decimal.MaxValue, decimal.MinValue, 1000m, 1000.0m);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000), Prop.ForAll(Gen.OneOf(wide, small, edges).ToArbitrary(), value =>
        {
            var written = Write(writer => Converter.Write(writer, value, JsonSerializerOptions.Default));
            Assert.Equal(Write(writer => writer.WriteNumberValue(value)), written);
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(written));
            reader.Read();
            Assert.Equal(value, Converter.Read(ref reader, typeof(decimal), JsonSerializerOptions.Default));
        }));
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
