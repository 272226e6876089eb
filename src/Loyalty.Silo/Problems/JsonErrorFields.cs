using System.Text.Json;
using System.Text.RegularExpressions;

namespace Loyalty.Silo.Problems;

/// <summary>
/// Turns a <see cref="JsonException"/> from body binding into <c>{ JSON path: [message] }</c>. The
/// serializer's own messages name .NET types, so clients get a plain message and the path instead.
/// </summary>
internal static partial class JsonErrorFields
{
    private static readonly string[] Required = ["The field is required."];

    public static Dictionary<string, string[]> From(JsonException error)
    {
        var path = string.IsNullOrEmpty(error.Path) ? "$" : error.Path;
        // Missing required properties are reported on the enclosing object; name each property instead.
        var missing = MissingProperties().Match(error.Message);
        if (missing.Success)
        {
            return QuotedName().Matches(missing.Groups["names"].Value)
                .Select(name => $"{path}.{name.Groups["name"].Value}")
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(field => field, _ => Required, StringComparer.Ordinal);
        }

        var unmapped = UnmappedProperty().Match(error.Message);
        if (unmapped.Success)
        {
            // The serializer reports the path of the enclosing object, so append the property's own name.
            var field = path.EndsWith("." + unmapped.Groups["name"].Value, StringComparison.Ordinal)
                ? path
                : $"{path}.{unmapped.Groups["name"].Value}";
            return new(StringComparer.Ordinal) { [field] = ["The field is not part of this request and cannot be set."] };
        }

        var message = error.LineNumber is { } line && error.BytePositionInLine is { } position
            ? $"The value is malformed or of the wrong type (line {line + 1}, byte {position + 1})."
            : "The value is malformed or of the wrong type.";
        return new(StringComparer.Ordinal) { [path] = [message] };
    }

    [GeneratedRegex("missing required properties,? including(?: the following)?: (?<names>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingProperties();

    [GeneratedRegex("'(?<name>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();

    [GeneratedRegex("The JSON property '(?<name>[^']+)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnmappedProperty();
}
