using System.Globalization;
using Loyalty.Runtime.Invocation;

namespace Loyalty.Runtime;

/// <summary>Identity helpers for grains and references, as in Orleans.</summary>
public static class GrainExtensions
{
    /// <summary>The identity of a grain instance or reference.</summary>
    public static GrainId GetGrainId(this IAddressable addressable) => addressable switch
    {
        Grain grain => grain.Activation.GrainId,
        GrainReference reference => reference.GrainId,
        _ => throw new ArgumentException($"{addressable.GetType()} is neither a grain nor a grain reference.", nameof(addressable)),
    };

    /// <summary>The string key of a grain.</summary>
    public static string GetPrimaryKeyString(this IAddressable addressable) => addressable.GetGrainId().Key;

    /// <summary>The Guid key of a grain.</summary>
    public static Guid GetPrimaryKey(this IAddressable addressable) => Guid.ParseExact(addressable.GetGrainId().Key, "N");

    /// <summary>The integer key of a grain.</summary>
    public static long GetPrimaryKeyLong(this IAddressable addressable) =>
        long.Parse(addressable.GetGrainId().Key, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
