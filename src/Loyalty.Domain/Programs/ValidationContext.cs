namespace Loyalty.Domain.Programs;

/// <summary>Collects validation errors while walking a definition.</summary>
internal sealed class ValidationContext(ProgramDefinition program)
{
    private readonly List<ValidationError> errors = [];

    public ProgramDefinition Program { get; } = program;

    public IReadOnlyList<ValidationError> Errors => errors;

    public void Add(string path, string message) => errors.Add(new ValidationError(path, message));

    public void Require(bool condition, string path, string message)
    {
        if (!condition)
        {
            Add(path, message);
        }
    }

    public void RequirePercent(decimal percent, string path) =>
        Require(percent is >= 0m and <= 100m && decimal.Round(percent, 4) == percent, path, "Must be a percent between 0 and 100 with at most four decimals.");

    public void RequireNonEmpty<T>(IReadOnlyList<T>? values, string path)
    {
        Require(values is { Count: > 0 }, path, "Must list at least one value.");
    }

    public void RequireNoBlanks(IReadOnlyList<string>? values, string path)
    {
        for (var i = 0; values is not null && i < values.Count; i++)
        {
            Require(!string.IsNullOrWhiteSpace(values[i]), $"{path}[{i}]", "Must not be blank.");
        }
    }

    public void RequireValues(IReadOnlyList<string>? values, string path)
    {
        RequireNonEmpty(values, path);
        RequireNoBlanks(values, path);
    }
}
