using System.Text.Json;
using Loyalty.Domain.Serialization;

namespace Loyalty.Domain.Programs;

/// <summary>Reads a program definition from JSON and validates it.</summary>
public static class ProgramLoader
{
    /// <summary>Parses and validates <paramref name="json"/>; on failure the errors name every bad field.</summary>
    public static ProgramLoadResult Load(string json)
    {
        ProgramDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize(json, DomainJsonContext.Default.ProgramDefinition);
        }
        catch (JsonException exception)
        {
            return new ProgramLoadResult(null, [new ValidationError(PathOf(exception), exception.Message)]);
        }

        if (definition is null)
        {
            return new ProgramLoadResult(null, [new ValidationError("$", "The document is empty.")]);
        }

        var errors = definition.Validate();
        return new ProgramLoadResult(errors.Count == 0 ? definition : null, errors);
    }

    /// <summary>The definition as JSON (the format <see cref="Load"/> reads).</summary>
    public static string Save(ProgramDefinition definition) =>
        JsonSerializer.Serialize(definition, DomainJsonContext.Default.ProgramDefinition);

    private static string PathOf(JsonException exception) => exception.Path switch
    {
        null or "$" => "$",
        var path when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        var path => path,
    };
}

/// <summary>The outcome of loading a program: a valid definition, or the errors.</summary>
/// <param name="Definition">The definition when valid; null otherwise.</param>
/// <param name="Errors">Every problem found; empty when valid.</param>
public sealed record ProgramLoadResult(ProgramDefinition? Definition, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Whether the program loaded and validated.</summary>
    public bool IsValid => Definition is not null;
}
