using Loyalty.Domain.Programs;

namespace Loyalty.Grains.Programs;

/// <summary>The persisted versions of one program, oldest first.</summary>
public sealed class ProgramState
{
    /// <summary>Every published version.</summary>
    public List<PublishedVersion> Versions { get; set; } = [];
}

/// <summary>One published version.</summary>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Definition">The definition.</param>
public sealed record PublishedVersion(DateTimeOffset PublishedAt, ProgramDefinition Definition);
