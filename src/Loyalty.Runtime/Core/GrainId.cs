using System.Globalization;

namespace Loyalty.Runtime;

/// <summary>
/// The identity of one grain: its type and its key. Guid and integer keys are kept in their
/// canonical string form, so one representation crosses process boundaries and storage.
/// </summary>
public readonly record struct GrainId(GrainType Type, string Key)
{
    /// <summary>Identity of a grain with a string key.</summary>
    public static GrainId Create(GrainType type, string key) => new(type, key);

    /// <summary>Identity of a grain with a Guid key (stored as 32 hex digits).</summary>
    public static GrainId Create(GrainType type, Guid key) => new(type, key.ToString("N"));

    /// <summary>Identity of a grain with an integer key (stored in invariant decimal).</summary>
    public static GrainId Create(GrainType type, long key) => new(type, key.ToString(CultureInfo.InvariantCulture));

    /// <summary>A hash that is the same in every process and release, for placement and partitioning.</summary>
    public uint GetUniformHashCode() => StableHash.Combine(StableHash.Of(Type.Value), StableHash.Of(Key));

    /// <summary>Parses the <c>type/key</c> form written by <see cref="ToString"/>.</summary>
    public static GrainId Parse(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            throw new FormatException($"'{value}' is not a grain id of the form type/key.");
        }

        return new GrainId(new GrainType(value[..slash]), value[(slash + 1)..]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Type.Value}/{Key}";
}
