using System.Collections.Frozen;

namespace Loyalty.Domain.Evaluation;

/// <summary>Case-insensitive value sets of compiled rules.</summary>
internal static class ValueSets
{
    public static FrozenSet<string> Of(IEnumerable<string> values) => values.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool ContainsAny(FrozenSet<string> accepted, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (accepted.Contains(values[i]))
            {
                return true;
            }
        }

        return false;
    }
}
