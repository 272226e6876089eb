using System.Text;

namespace Loyalty.Runtime.CodeGen.Analysis;

/// <summary>
/// Turns a dotted type name into one identifier that no other dotted name maps to: dots become
/// <c>_</c> and underscores become <c>_1</c>. That is unambiguous because an identifier after a dot
/// never starts with a digit.
/// </summary>
internal static class NameMangler
{
    public static string Mangle(string dottedName)
    {
        var builder = new StringBuilder(dottedName.Length + 8);
        foreach (var character in dottedName)
        {
            _ = character switch
            {
                '.' => builder.Append('_'),
                '_' => builder.Append("_1"),
                _ => builder.Append(character),
            };
        }

        return builder.ToString();
    }
}
