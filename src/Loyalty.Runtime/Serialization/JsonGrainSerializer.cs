using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Loyalty.Runtime;

/// <summary>
/// The default <see cref="IGrainSerializer"/>: System.Text.Json with metadata cached per type.
/// Applications add source-generated contexts through <see cref="JsonSerializerOptions.TypeInfoResolverChain"/>
/// so hot types need no reflection at all.
/// </summary>
public sealed class JsonGrainSerializer(JsonSerializerOptions options) : IGrainSerializer
{
    // A journal append writes each of its events into pooled memory through the buffer-writer overload: one writer per thread,
    // reset onto each destination, instead of a new one per event. Taken while in use, so a nested call gets its own. Between
    // uses it still points at its last destination, which it never writes to again: Reset moves it first.
    [ThreadStatic]
    private static (JsonGrainSerializer Owner, Utf8JsonWriter Writer)? t_writer;

    /// <summary>A serializer with web defaults and reflection-based metadata as the fallback.</summary>
    public JsonGrainSerializer() : this(CreateDefaultOptions())
    {
    }

    /// <summary>The options in use.</summary>
    public JsonSerializerOptions Options { get; } = options;

    /// <inheritdoc />
    public byte[] Serialize<T>(T value)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());
        }
        catch (Exception ex) when (IsSerializerFailure(ex))
        {
            throw CannotCross<T>(ex);
        }
    }

    /// <inheritdoc />
    public void Serialize<T>(T value, IBufferWriter<byte> destination)
    {
        var writer = TakeWriter(destination);
        try
        {
            JsonSerializer.Serialize(writer, value, TypeInfo<T>());
        }
        catch (Exception ex) when (IsSerializerFailure(ex))
        {
            throw CannotCross<T>(ex);
        }
        finally
        {
            t_writer = (this, writer);
        }
    }

    private Utf8JsonWriter TakeWriter(IBufferWriter<byte> destination)
    {
        if (t_writer is { } cached && cached.Owner == this)
        {
            t_writer = null;
            cached.Writer.Reset(destination);
            return cached.Writer;
        }

        // The serializer's own writer settings, so both overloads write the same bytes.
        return new Utf8JsonWriter(destination, new JsonWriterOptions { Encoder = Options.Encoder, Indented = Options.WriteIndented, SkipValidation = true });
    }

    /// <inheritdoc />
    public T Deserialize<T>(ReadOnlySpan<byte> data)
    {
        try
        {
            return JsonSerializer.Deserialize(data, TypeInfo<T>())!;
        }
        catch (Exception ex) when (IsSerializerFailure(ex))
        {
            throw new GrainSerializationException($"{typeof(T)} could not be read: {ex.Message}", ex);
        }
    }

    /// <summary>Options with web defaults and reflection metadata as the last resolver in the chain.</summary>
    public static JsonSerializerOptions CreateDefaultOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.TypeInfoResolverChain.Add(new DefaultJsonTypeInfoResolver());
        return options;
    }

    private static bool IsSerializerFailure(Exception ex) => ex is NotSupportedException or InvalidOperationException or JsonException;

    private static GrainSerializationException CannotCross<T>(Exception ex) => new($"{typeof(T)} cannot cross a grain boundary: {ex.Message}", ex);

    private JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
