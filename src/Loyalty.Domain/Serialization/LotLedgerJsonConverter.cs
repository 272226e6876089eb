using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Loyalty.Domain.Members;

namespace Loyalty.Domain.Serialization;

/// <summary>Writes a <see cref="LotLedger"/> as the plain array of its lots (the form snapshots always had) and reads it back.</summary>
internal sealed class LotLedgerJsonConverter : JsonConverter<LotLedger>
{
    public override LotLedger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LotLedger.Of(JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<Lot[]>)options.GetTypeInfo(typeof(Lot[])))
            ?? throw new JsonException("A lot ledger cannot be null."));

    public override void Write(Utf8JsonWriter writer, LotLedger value, JsonSerializerOptions options)
    {
        var lot = (JsonTypeInfo<Lot>)options.GetTypeInfo(typeof(Lot));
        writer.WriteStartArray();
        foreach (var each in value)
        {
            JsonSerializer.Serialize(writer, each, lot);
        }

        writer.WriteEndArray();
    }
}
