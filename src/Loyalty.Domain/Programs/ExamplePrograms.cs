namespace Loyalty.Domain.Programs;

/// <summary>The example program shipped with the domain; the silo loads it when no program is configured.</summary>
public static class ExamplePrograms
{
    private const string ResourceName = "Loyalty.Domain.Programs.example-program.json";

    private static readonly Lazy<ProgramDefinition> DefaultProgram = new(LoadDefault);

    /// <summary>The JSON text of the example program (docs/program.md describes it).</summary>
    public static string DefaultJson
    {
        get
        {
            using var stream = typeof(ExamplePrograms).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>The example program, loaded and validated.</summary>
    public static ProgramDefinition Default => DefaultProgram.Value;

    private static ProgramDefinition LoadDefault()
    {
        var result = ProgramLoader.Load(DefaultJson);
        return result.Definition ?? throw new InvalidProgramDefinitionException(result.Errors);
    }
}
