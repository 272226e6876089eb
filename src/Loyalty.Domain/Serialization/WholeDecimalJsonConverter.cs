using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loyalty.Domain.Serialization;

/// <summary>
/// Writes a decimal without fractional digits (scale 0) as the integer it is: the same text as the default, for a
/// fraction of the cost, since general decimal formatting is the slowest thing in writing a purchase's events. Used on
/// the values a purchase writes many of (challenge progress and goals, effect amounts), most of them counts and goals.
/// Reads as the default does; these values are written by the silo and never read from a client.
/// </summary>
internal sealed class WholeDecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        // Negative zero keeps the default's spelling, whatever it is.
        if (value.Scale == 0 && value is >= long.MinValue and <= long.MaxValue && !(value == 0m && decimal.IsNegative(value)))
        {
            writer.WriteNumberValue(decimal.ToInt64(value));
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }
}
