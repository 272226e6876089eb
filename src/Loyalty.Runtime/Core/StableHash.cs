namespace Loyalty.Runtime;

/// <summary>
/// A string hash that never changes between processes or releases (unlike <see cref="string.GetHashCode()"/>),
/// used where silos must agree: placement, partitioning, reminder ranges.
/// </summary>
internal static class StableHash
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>FNV-1a over the UTF-16 code units, then a finalizer so nearby keys spread over the ring.</summary>
    public static uint Of(string value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }

        return Mix(hash);
    }

    public static uint Combine(uint first, uint second) => Mix(first * 31 + second);

    // MurmurHash3's fmix32: every input bit affects every output bit.
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85ebca6b;
        h ^= h >> 13;
        h *= 0xc2b2ae35;
        h ^= h >> 16;
        return h;
    }
}
