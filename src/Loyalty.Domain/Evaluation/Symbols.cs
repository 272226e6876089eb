using System.Collections.Frozen;

namespace Loyalty.Domain.Evaluation;

/// <summary>
/// Interns the values a program compares against (categories, SKUs ...) into dense ids at compile time, so a
/// purchase looks each of its values up once and every rule then tests a flag in an array.
/// </summary>
internal sealed class Symbols
{
    private readonly Dictionary<string, int> ids = new(StringComparer.OrdinalIgnoreCase);

    public int Intern(string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = ids.Count;
            ids.Add(value, id);
        }

        return id;
    }

    /// <summary>A flag per id, set for <paramref name="values"/>.</summary>
    public bool[] Mask(IEnumerable<string> values)
    {
        var interned = values.Select(Intern).ToArray();
        var mask = new bool[ids.Count];
        foreach (var id in interned)
        {
            mask[id] = true;
        }

        return mask;
    }

    public FrozenDictionary<string, int> Freeze() => ids.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="id"/> (-1 for a value the program never mentions) is flagged.</summary>
    public static bool IsSet(bool[] mask, int id) => (uint)id < (uint)mask.Length && mask[id];
}
