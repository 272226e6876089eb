using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Loyalty.Domain.Challenges;

/// <summary>
/// A member's standing in each challenge, by challenge id: an immutable array sorted by id. A program holds a handful
/// of challenges and a purchase moves most of them, so one new array per purchase costs less than a hash tree's new
/// nodes, and a binary search over a few ids less than hashing them. Stored as a JSON object keyed by challenge id.
/// </summary>
[JsonConverter(typeof(ChallengeStandingDictionaryJsonConverter))]
public sealed class ChallengeStandingDictionary : IReadOnlyDictionary<string, ChallengeState>
{
    private const int ReferenceScanLimit = 16;
    private readonly ImmutableArray<ChallengeState> _byId;

    // Takes the array over: no one else holds it, so the standings stay immutable.
    private ChallengeStandingDictionary(ChallengeState[] byId) => _byId = ImmutableCollectionsMarshal.AsImmutableArray(byId);

    /// <summary>No standings.</summary>
    public static ChallengeStandingDictionary Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _byId.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _byId.Select(standing => standing.ChallengeId);

    /// <inheritdoc />
    public IEnumerable<ChallengeState> Values => _byId;

    /// <inheritdoc />
    public ChallengeState this[string key] =>
        TryGetValue(key, out var standing) ? standing : throw new KeyNotFoundException($"The member has no standing in challenge '{key}'.");

    /// <summary>Standings holding <paramref name="standings"/>, one per challenge id.</summary>
    public static ChallengeStandingDictionary Of(IEnumerable<ChallengeState> standings)
    {
        ChallengeState[] byId = [.. standings.OrderBy(standing => standing.ChallengeId, StringComparer.Ordinal)];
        for (var i = 1; i < byId.Length; i++)
        {
            if (byId[i - 1].ChallengeId == byId[i].ChallengeId)
            {
                throw new ArgumentException($"Challenge '{byId[i].ChallengeId}' has two standings.", nameof(standings));
            }
        }

        return byId.Length == 0 ? Empty : new(byId);
    }

    /// <summary>These standings with <paramref name="changed"/> replacing or joining them, in one new array.</summary>
    public ChallengeStandingDictionary SetItems(IReadOnlyList<ChallengeState> changed)
    {
        ArgumentNullException.ThrowIfNull(changed);

        // Later entries for the same challenge win, as they would one SetItem after another. Each id is looked up once.
        var byId = _byId.ToArray();
        for (var i = 0; i < changed.Count; i++)
        {
            var index = IndexOf(changed[i].ChallengeId);
            if (index < 0)
            {
                return Joined(changed);
            }

            byId[index] = changed[i];
        }

        return new(byId);
    }

    // A challenge the member had no standing in: once per challenge, so the simple way.
    private ChallengeStandingDictionary Joined(IReadOnlyList<ChallengeState> changed)
    {
        var merged = _byId.ToDictionary(standing => standing.ChallengeId, StringComparer.Ordinal);
        foreach (var standing in changed)
        {
            merged[standing.ChallengeId] = standing;
        }

        return Of(merged.Values);
    }

    /// <summary>These standings with <paramref name="standing"/> replacing or joining them.</summary>
    public ChallengeStandingDictionary SetItem(ChallengeState standing) => SetItems([standing]);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ChallengeState value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _byId[index] : null;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, ChallengeState>> GetEnumerator() =>
        _byId.Select(standing => KeyValuePair.Create(standing.ChallengeId, standing)).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string challengeId)
    {
        // A purchase looks standings up (some forty times) by the program definitions' own id strings, which standings
        // its advances made hold too: for a program's handful of challenges, a scan comparing references finds them
        // sooner than a search comparing characters. Standings read from storage fall through to the search.
        if (_byId.Length <= ReferenceScanLimit)
        {
            for (var i = 0; i < _byId.Length; i++)
            {
                if (ReferenceEquals(_byId[i].ChallengeId, challengeId))
                {
                    return i;
                }
            }
        }

        var (low, high) = (0, _byId.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(_byId[middle].ChallengeId, challengeId);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }
}

/// <summary>Writes standings as an object keyed by challenge id, as they were stored before they were an array.</summary>
internal sealed class ChallengeStandingDictionaryJsonConverter : JsonConverter<ChallengeStandingDictionary>
{
    public override ChallengeStandingDictionary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Challenge standings must be an object keyed by challenge id.");
        }

        var info = StateInfo(options);
        var standings = new List<ChallengeState>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString();
            reader.Read();
            var standing = JsonSerializer.Deserialize(ref reader, info) ?? throw new JsonException("A challenge standing may not be null.");
            standings.Add(standing.ChallengeId == key ? standing : throw new JsonException($"The standing under '{key}' is for challenge '{standing.ChallengeId}'."));
        }

        try
        {
            return ChallengeStandingDictionary.Of(standings);
        }
        catch (ArgumentException duplicate)
        {
            throw new JsonException(duplicate.Message, duplicate);
        }
    }

    public override void Write(Utf8JsonWriter writer, ChallengeStandingDictionary value, JsonSerializerOptions options)
    {
        var info = StateInfo(options);
        writer.WriteStartObject();
        foreach (var standing in value.Values)
        {
            writer.WritePropertyName(standing.ChallengeId);
            JsonSerializer.Serialize(writer, standing, info);
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<ChallengeState> StateInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<ChallengeState>)options.GetTypeInfo(typeof(ChallengeState));
}
