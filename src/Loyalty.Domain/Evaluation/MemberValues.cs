using System.Collections.Frozen;

namespace Loyalty.Domain.Evaluation;

/// <summary>Case-insensitive sets for member conditions (segments, clubs, subscriptions): members carry few values.</summary>
internal static class MemberValues
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
